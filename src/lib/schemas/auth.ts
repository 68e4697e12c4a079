import { z } from 'zod';
import { m } from './messages';

export const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email(m('validation.email')).max(254, m('validation.too_long')));

export const displayName = z
	.string()
	.trim()
	.min(1, m('validation.display_name'))
	.max(120, m('validation.display_name'));

export const password = z.string().min(8, m('validation.password_min')).max(72, m('validation.too_long'));

/** Where a sign-up came from ("Aanmelden als bedrijf"), used to preselect the organisation kind. */
export const signUpIntent = z
	.enum(['business', 'voluntary', ''])
	.optional()
	.transform((v) => v || null);

export const signUpPasswordSchema = z.object({
	display_name: displayName,
	email,
	password,
	intent: signUpIntent
});

export const magicLinkSchema = z.object({
	display_name: z
		.string()
		.trim()
		.max(120, m('validation.display_name'))
		.optional()
		.transform((v) => v || null),
	email,
	intent: signUpIntent,
	next: z.string().optional()
});

export const signInPasswordSchema = z.object({
	email,
	password: z.string().min(1, m('validation.required')),
	next: z.string().optional()
});

export const passwordResetSchema = z.object({ email });

export const otpSchema = z.object({
	email,
	code: z
		.string()
		.trim()
		.regex(/^\d{6}$/, m('validation.code')),
	next: z.string().optional()
});
