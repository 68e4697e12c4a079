/** What every labelled form field takes, whatever its control (text, textarea, select). */
export type FieldProps = {
	/** Defaults to the name. */
	id?: string;
	name: string;
	label: string;
	description?: string;
	error?: string;
	optionalText?: string;
};
