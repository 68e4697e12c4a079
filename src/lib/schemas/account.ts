import { z } from 'zod';
import { displayName, email, password } from './auth';
import { m } from './messages';
import { EMAIL_FREQUENCIES, EMAIL_KINDS, type EmailKind } from '$lib/email/kinds';

export const localeSchema = z.enum(['nl', 'en'], m('validation.locale'));

export const languageSchema = z.object({
	locale: localeSchema,
	redirect_to: z.string().optional()
});

export const accountProfileSchema = z.object({
	display_name: displayName,
	locale: localeSchema
});

export const changePasswordSchema = z
	.object({ password, password_confirm: z.string() })
	.refine((v) => v.password === v.password_confirm, {
		...m('validation.password_match'),
		path: ['password_confirm']
	});

export const deleteAccountSchema = z.object({ confirm_email: z.string().trim().toLowerCase() });

export const inviteSchema = z.object({
	email,
	role: z.enum(['member', 'owner'], m('validation.role'))
});

export const invitationIdSchema = z.object({ invitation_id: z.uuid(m('invitations.error.not_found')) });

/** An owner changes a member's role, or a member is removed (by an owner, or themselves). */
export const memberRoleSchema = z.object({
	user_id: z.uuid(m('validation.required')),
	role: z.enum(['owner', 'member'], m('validation.required'))
});
export const memberIdSchema = z.object({ user_id: z.uuid(m('validation.required')) });

const frequency = z.enum(EMAIL_FREQUENCIES, m('email_prefs.invalid'));

/** One radio group per kind of email; every kind must be answered (the form shows them all). */
export const emailPreferencesSchema = z.object(
	Object.fromEntries(EMAIL_KINDS.map((k) => [k.kind, frequency])) as Record<EmailKind, typeof frequency>
);
