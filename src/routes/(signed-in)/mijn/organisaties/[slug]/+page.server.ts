import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { translate } from '$lib/i18n';
import type { ListingState } from '$lib/listings';
import { invitationIdSchema, inviteSchema, memberIdSchema, memberRoleSchema } from '$lib/schemas/account';
import { organisationProfileSchema } from '$lib/schemas/organisation';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { forbidden } from '$lib/server/guards';
import { organisationInvitations, revokeInvitation } from '$lib/server/invitations';
import { listOrganisationListings } from '$lib/server/listings';
import { inviteByEmail } from '$lib/server/invitations/invite';
import {
	organisationMembers,
	removeMember,
	setMemberRole,
	type MembershipChange
} from '$lib/server/memberships';
import { keurmerkSchema } from '$lib/followup';
import { keurmerkEnabled, setKeurmerk } from '$lib/server/followup';
import { DuplicateKvkError, organisationContacts, updateOrganisation } from '$lib/server/organisations';
import { requireMembership } from '$lib/server/organisations/access';

/** A refused membership change as a message above the members table. */
function membersFailure(locale: App.Locals['locale'], result: Exclude<MembershipChange, { ok: true }>) {
	const key = result.reason === 'last_owner' ? 'org.manage.last_owner' : 'error.forbidden';
	return fail(400, { form: 'members' as const, values: {}, errors: { form: translate(locale, key) } });
}

const ALL_STATES: ListingState[] = ['draft', 'open', 'paused', 'matched', 'closed', 'expired'];

const membership = ({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>) =>
	requireMembership(locals, url, params.slug);

export const load: PageServerLoad = async (event) => {
	const { user, organisation, role } = await membership(event);
	const supabase = event.locals.supabase;
	const [contacts, members, invitations, listings, keurmerk] = await Promise.all([
		organisationContacts(supabase, organisation.id),
		organisationMembers(supabase, organisation.id),
		organisationInvitations(supabase, organisation.id),
		listOrganisationListings(supabase, organisation.id, { states: ALL_STATES, pageSize: 1 }),
		// Businesses may show their carried-out deals on a public keurmerk page.
		organisation.kind === 'business' ? keurmerkEnabled(supabase, organisation.id) : null
	]);
	return {
		organisation: {
			name: organisation.name,
			slug: organisation.slug,
			kind: organisation.kind
		},
		profile: {
			name: organisation.name,
			kvk_number: organisation.kvk_number,
			description: organisation.description,
			place: organisation.place,
			website: organisation.website,
			contact_email: contacts.email,
			contact_phone: contacts.phone
		},
		role,
		// A new organisation (nothing posted yet) is offered its next steps.
		firstSteps: listings.total === 0,
		keurmerk,
		members: members.map((m) => ({ ...m, isYou: m.userId === user.id })),
		invitations
	};
};

export const actions = {
	keurmerk: async (event) => {
		const { organisation, role } = await membership(event);
		const locale = event.locals.locale;
		if (role !== 'owner' || organisation.kind !== 'business') forbidden(locale);
		const parsed = parseForm(keurmerkSchema, await event.request.formData(), locale);
		if (!parsed.ok)
			return fail(400, { form: 'keurmerk' as const, values: parsed.values, errors: parsed.errors });
		const on = parsed.data.keurmerk_public === 'ja';
		if (!(await setKeurmerk(event.locals.supabase, organisation.id, on))) {
			return fail(403, {
				form: 'keurmerk' as const,
				values: parsed.values,
				errors: { form: translate(locale, 'followup.keurmerk.refused') }
			});
		}
		return { form: 'keurmerk' as const, saved: on ? ('on' as const) : ('off' as const) };
	},

	update: async (event) => {
		const { organisation, role } = await membership(event);
		if (role !== 'owner') forbidden(event.locals.locale);
		const parsed = parseForm(organisationProfileSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'update' as const, values: parsed.values, errors: parsed.errors });

		try {
			await updateOrganisation(event.locals.supabase, organisation, parsed.data);
		} catch (e) {
			if (!(e instanceof DuplicateKvkError)) throw e;
			const message = translate(event.locals.locale, 'org.update.kvk_taken');
			return fail(400, {
				form: 'update' as const,
				values: parsed.values,
				errors: fieldError('kvk_number', message)
			});
		}
		setFlash(event.cookies, 'org.updated');
		redirect(303, `/mijn/organisaties/${organisation.slug}`);
	},

	invite: async (event) => {
		const { user, organisation, role } = await membership(event);
		const { locals, request, url, cookies } = event;
		const parsed = parseForm(inviteSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'invite' as const, values: parsed.values, errors: parsed.errors });
		if (parsed.data.role === 'owner' && role !== 'owner') {
			return fail(403, {
				form: 'invite' as const,
				values: parsed.values,
				errors: fieldError('role', translate(locals.locale, 'error.forbidden'))
			});
		}

		const invited = await inviteByEmail(locals.supabase, {
			organisation,
			email: parsed.data.email,
			role: parsed.data.role,
			// The hook read the inviter's profile already, together with the locale.
			invitedBy: { id: user.id, name: locals.displayName ?? '', email: user.email },
			acceptUrl: new URL('/uitnodigingen', url.origin).toString()
		});
		if (!invited.ok) {
			const message = {
				already_invited: 'org.manage.already_invited',
				self: 'org.manage.invite_self',
				already_member: 'org.manage.invite_member'
			} as const;
			return fail(400, {
				form: 'invite' as const,
				values: parsed.values,
				errors: fieldError('email', translate(locals.locale, message[invited.reason]))
			});
		}
		// Not sent yet but queued: the outbox retries it ("wordt zo snel mogelijk verstuurd").
		const flash = {
			sent: 'org.manage.invited',
			queued: 'email.invitation.queued',
			not_sent: 'org.manage.invited_not_sent'
		} as const;
		setFlash(cookies, flash[invited.delivery], { email: parsed.data.email });
		redirect(303, `/mijn/organisaties/${organisation.slug}`);
	},

	// Owners promote a member to owner or back; the database keeps at least one owner.
	member_role: async (event) => {
		const { organisation, role } = await membership(event);
		if (role !== 'owner') forbidden(event.locals.locale);
		const parsed = parseForm(memberRoleSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok) return fail(400, { form: 'members' as const, values: {}, errors: parsed.errors });
		const result = await setMemberRole(
			event.locals.supabase,
			organisation.id,
			parsed.data.user_id,
			parsed.data.role
		);
		if (!result.ok) return membersFailure(event.locals.locale, result);
		setFlash(event.cookies, 'org.manage.role_changed');
		redirect(303, `/mijn/organisaties/${organisation.slug}`);
	},

	// Owners remove others; anyone may leave. RLS refuses the rest.
	member_remove: async (event) => {
		const { user, organisation, role } = await membership(event);
		const parsed = parseForm(memberIdSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok) return fail(400, { form: 'members' as const, values: {}, errors: parsed.errors });
		const leaving = parsed.data.user_id === user.id;
		if (!leaving && role !== 'owner') forbidden(event.locals.locale);
		const result = await removeMember(event.locals.supabase, organisation.id, parsed.data.user_id);
		if (!result.ok) return membersFailure(event.locals.locale, result);
		setFlash(event.cookies, leaving ? 'org.manage.left' : 'org.manage.member_removed', {
			name: organisation.name
		});
		redirect(303, leaving ? '/mijn' : `/mijn/organisaties/${organisation.slug}`);
	},

	revoke: async (event) => {
		const { organisation } = await membership(event);
		const parsed = parseForm(invitationIdSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok) return fail(400, { form: 'revoke' as const, values: {}, errors: parsed.errors });

		await revokeInvitation(event.locals.supabase, organisation.id, parsed.data.invitation_id);
		setFlash(event.cookies, 'org.manage.revoked');
		redirect(303, `/mijn/organisaties/${organisation.slug}`);
	}
} satisfies Actions;
