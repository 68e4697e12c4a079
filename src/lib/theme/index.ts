// A municipality's theme is a token set on one class; unknown slugs fall back to the default.
const themes: Record<string, string> = {
	hellendoorn: 'beursvloer-theme--hellendoorn'
};

export function themeClass(municipalitySlug: string): string {
	return themes[municipalitySlug] ?? themes.hellendoorn;
}
