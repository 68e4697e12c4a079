-- Closes the write paths between organisations and municipalities (issue 10): every column a
-- client writes is either granted to it on purpose or set by the database, whatever the client
-- sends; anything that names a municipality takes it from the rows it touches; inputs have
-- bounds and mass inserts have quotas. Depends on 20261129000800_history_skips_generated_columns.sql.

-- Who is writing ---------------------------------------------------------------------------------

-- True when the statement comes straight from a client through the API (the anon or
-- authenticated role), false for the project's own SECURITY DEFINER code, the service role, the
-- seed and migrations. Security invoker on purpose, and called only from security-invoker
-- triggers: current_user is then the role that wrote the row.
create or replace function private.written_by_client() returns boolean
language sql stable
set search_path = ''
as $$
  select current_user in ('anon', 'authenticated')
$$;

-- Raised when a client has created too many rows of a kind in the last day. P0001 answers 400
-- through PostgREST; the hint is the code the app branches on.
create or replace function private.check_quota(p_count bigint, p_limit integer, p_what text) returns void
language plpgsql
set search_path = ''
as $$
begin
  if p_count >= p_limit then
    raise exception 'quota exceeded: at most % % per day', p_limit, p_what
      using errcode = 'P0001', hint = 'quota_exceeded';
  end if;
end
$$;

-- The municipality of a listing, whoever may see it (a matchmaker sees only open listings).
create or replace function private.listing_municipality(p_listing uuid, p_kind public.listing_kind)
returns uuid
language sql stable security definer
set search_path = ''
as $$
  select l.municipality_id from public.listings l where l.id = p_listing and l.kind = p_kind
$$;

-- Titles and names are plain text: PostgREST stores a JSON object or array sent for a text
-- column as its JSON text, which is never a title anyone meant.
create or replace function private.is_plain_text(p text) returns boolean
language sql immutable
set search_path = ''
as $$
  select p !~ '^\s*(\{.*\}|\[.*\])\s*$'
$$;

-- Privileges: no table-wide update for the API roles ----------------------------------------------

-- Supabase's default privileges give anon and authenticated everything on every table. Row-level
-- security decides which rows, the grants below decide which columns: each role may update only
-- the columns listed for it, and tables that clients never write lose those grants altogether.
-- TRUNCATE is not covered by row-level security at all.
revoke update, truncate, references, trigger on all tables in schema public from anon, authenticated;
revoke insert, delete on public.municipalities, public.municipality_roles, public.profiles,
  public.match_proposals, public.exchange_cycles, public.listing_events
  from anon, authenticated;
revoke insert on public.memberships from anon, authenticated;
revoke delete on public.listing_reports, public.proposal_dismissals from anon, authenticated;

-- What each kind of user may change in a row they may update (the policies say which rows).
grant update (display_name, locale) on public.profiles to authenticated;
grant update (name, kvk_number, description, place, latitude, longitude, website)
  on public.organisations to authenticated;
-- organisation_id and municipality_id only because the app saves contacts with an upsert, which
-- sets every column it sends; the guard below refuses any change to them.
grant update (organisation_id, municipality_id, email, phone) on public.organisation_contacts to authenticated;
grant update (role) on public.memberships to authenticated;
grant update (state, category, title, description, amount, estimated_hours, estimated_value, place,
              latitude, longitude, available_from, available_until, needed_by, wants_in_return,
              can_offer_in_return)
  on public.listings to authenticated;
grant update (status, resolution_note) on public.listing_reports to authenticated;
-- As for contacts: the matchmaker page saves a decision with an upsert on (request_id, offer_id).
grant update (request_id, offer_id, municipality_id, decision, note, decided_by)
  on public.matchmaker_decisions to authenticated;

-- Who did it: defaults to the caller, and the insert policies refuse anyone else's id.
alter table public.organisations alter column created_by set default auth.uid();
alter table public.listings alter column created_by set default auth.uid();
alter table public.invitations alter column invited_by set default auth.uid();
alter table public.proposal_dismissals alter column dismissed_by set default auth.uid();
alter table public.matchmaker_decisions alter column decided_by set default auth.uid();

-- Input bounds -------------------------------------------------------------------------------------

alter table public.invitations
  add constraint invitations_email_length check (char_length(email) <= 254),
  add constraint invitations_expiry_sane check (expires_at <= created_at + interval '90 days');
alter table public.listings
  add constraint listings_title_plain check (private.is_plain_text(title)),
  add constraint listings_dates_sane check (
    (available_from is null or available_from between date '2000-01-01' and date '2199-12-31')
    and (available_until is null or available_until between date '2000-01-01' and date '2199-12-31')
    and (needed_by is null or needed_by between date '2000-01-01' and date '2199-12-31'));
alter table public.organisations
  add constraint organisations_name_plain check (private.is_plain_text(name));
alter table public.listing_reports
  add constraint listing_reports_reason_plain check (private.is_plain_text(reason));

-- Guards on client writes --------------------------------------------------------------------------
-- Security invoker (see written_by_client); named so that they run before the other BEFORE
-- triggers of their table (triggers fire in name order). Row-level security checks the row as
-- these triggers leave it, so a municipality set here is the one the policy tests.

create or replace function private.guard_organisation_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  -- A new organisation belongs to its founder's municipality.
  new.municipality_id := (select p.municipality_id from public.profiles p where p.id = (select auth.uid()));
  new.created_at := now();
  new.updated_at := now();
  perform private.check_quota(
    (select count(*) from public.organisations o
      where o.created_by = (select auth.uid()) and o.created_at > now() - interval '1 day'),
    10, 'organisations per user');
  return new;
end
$$;
create trigger organisations_client_guard before insert on public.organisations
  for each row execute function private.guard_organisation_write();

create or replace function private.guard_contacts_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.municipality_id := (select o.municipality_id from public.organisations o where o.id = new.organisation_id);
  elsif new.organisation_id <> old.organisation_id or new.municipality_id <> old.municipality_id then
    raise exception 'contact details stay with their organisation' using errcode = '42501', hint = 'immutable';
  end if;
  return new;
end
$$;
create trigger organisation_contacts_client_guard before insert or update on public.organisation_contacts
  for each row execute function private.guard_contacts_write();

create or replace function private.guard_invitation_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.municipality_id := (select o.municipality_id from public.organisations o where o.id = new.organisation_id);
  new.created_at := now();
  new.accepted_by := null;
  if new.expires_at <= now() or new.expires_at > now() + interval '30 days' then
    raise exception 'an invitation expires within 30 days' using errcode = '23514', hint = 'invalid_expiry';
  end if;
  perform private.check_quota(
    (select count(*) from public.invitations i
      where i.organisation_id = new.organisation_id and i.created_at > now() - interval '1 day'),
    50, 'invitations per organisation');
  return new;
end
$$;
create trigger invitations_client_guard before insert on public.invitations
  for each row execute function private.guard_invitation_write();

-- Listings: guard_listing (listings_zguard) already fixes the municipality, the identity columns
-- and the state machine for every writer; clients also lose the dates the database keeps.
create or replace function private.guard_listing_client_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  horizon date := private.today() + interval '3 years';
begin
  if not private.written_by_client() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
    -- guard_listing sets them from the state.
    new.published_at := null;
    new.closed_at := null;
    perform private.check_quota(
      (select count(*) from public.listings l
        where l.organisation_id = new.organisation_id and l.created_at > now() - interval '1 day'),
      100, 'listings per organisation');
    perform private.check_quota(
      (select count(*) from public.listings l
        where l.created_by = (select auth.uid()) and l.created_at > now() - interval '1 day'),
      200, 'listings per user');
  end if;
  if new.available_from > horizon or new.available_until > horizon or new.needed_by > horizon then
    raise exception 'dates lie at most three years ahead' using errcode = '23514', hint = 'date_too_far';
  end if;
  return new;
end
$$;
create trigger listings_client_guard before insert or update on public.listings
  for each row execute function private.guard_listing_client_write();

create or replace function private.guard_report_client_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.created_at := now();
  new.resolution_note := null;
  new.resolved_by := null;
  new.resolved_at := null;
  perform private.check_quota(
    (select count(*) from public.listing_reports r
      where r.reporter_id = (select auth.uid()) and r.created_at > now() - interval '1 day'),
    20, 'reports per user');
  return new;
end
$$;
create trigger listing_reports_client_guard before insert on public.listing_reports
  for each row execute function private.guard_report_client_write();

create or replace function private.guard_dismissal_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() then
    return new;
  end if;
  new.municipality_id := (select o.municipality_id from public.organisations o where o.id = new.organisation_id);
  new.created_at := now();
  return new;
end
$$;
create trigger proposal_dismissals_client_guard before insert on public.proposal_dismissals
  for each row execute function private.guard_dismissal_write();

-- A decision belongs to the municipality of the pair it is about: the policies then let only
-- that municipality's staff take, see, change or withdraw it, and the pair can have only one
-- decision across all municipalities (the key is (request_id, offer_id)).
create or replace function private.guard_decision_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  request_muni uuid := private.listing_municipality(new.request_id, 'request');
  offer_muni uuid := private.listing_municipality(new.offer_id, 'offer');
begin
  if not private.written_by_client() then
    return new;
  end if;
  if tg_op = 'UPDATE' and (new.request_id <> old.request_id or new.offer_id <> old.offer_id
                           or new.municipality_id <> old.municipality_id) then
    raise exception 'a decision stays with its pair' using errcode = '42501', hint = 'immutable';
  end if;
  if request_muni is null or offer_muni is null or request_muni <> offer_muni then
    raise exception 'a decision is about a request and an offer of one municipality'
      using errcode = '23514', hint = 'invalid_pair';
  end if;
  new.municipality_id := request_muni;
  new.decided_by := (select auth.uid());
  if tg_op = 'INSERT' then
    new.created_at := now();
  end if;
  return new;
end
$$;
create trigger matchmaker_decisions_client_guard before insert or update on public.matchmaker_decisions
  for each row execute function private.guard_decision_write();

-- The trigger functions are not callable on their own.
revoke execute on function private.guard_organisation_write(), private.guard_contacts_write(),
  private.guard_invitation_write(), private.guard_listing_client_write(), private.guard_report_client_write(),
  private.guard_dismissal_write(), private.guard_decision_write()
  from public, anon, authenticated;
revoke execute on function private.listing_municipality(uuid, public.listing_kind) from public, anon;
grant execute on function private.listing_municipality(uuid, public.listing_kind) to authenticated, service_role;
revoke execute on function private.written_by_client(), private.check_quota(bigint, integer, text),
  private.is_plain_text(text) from public;
grant execute on function private.written_by_client(), private.check_quota(bigint, integer, text),
  private.is_plain_text(text) to anon, authenticated, service_role;

-- Profiles: the municipality comes from the deployment or an invitation -----------------------------

-- A new user joins the municipality of the newest open invitation to their address, or else the
-- deployment's municipality (the first one created). Sign-up metadata is written by the client
-- and cannot choose: it supplies the display name and language only.
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  muni uuid;
begin
  select i.municipality_id into muni from public.invitations i
   where i.email = lower(new.email) and i.accepted_at is null and i.expires_at > now()
   order by i.created_at desc
   limit 1;
  if muni is null then
    select m.id into muni from public.municipalities m order by m.created_at, m.slug limit 1;
  end if;
  if muni is null then
    return new;
  end if;
  insert into public.profiles (id, municipality_id, display_name, locale)
  values (
    new.id,
    muni,
    left(coalesce(new.raw_user_meta_data ->> 'display_name', split_part(new.email, '@', 1), ''), 120),
    case when new.raw_user_meta_data ->> 'locale' = 'en' then 'en'::public.locale else 'nl'::public.locale end
  )
  on conflict (id) do nothing;
  return new;
end
$$;

-- Invitations: an unknown id is an expected answer -------------------------------------------------

-- P0002 made PostgREST answer 500; P0001 with a hint answers 400 like the other refusals.
create or replace function public.accept_invitation(p_invitation uuid) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  inv public.invitations;
begin
  if (select auth.uid()) is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select * into inv from public.invitations i where i.id = p_invitation for update;
  if not found or inv.email <> lower((select auth.email())) then
    raise exception 'invitation not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  if inv.accepted_at is not null then
    raise exception 'invitation already accepted' using errcode = 'P0001', hint = 'already_accepted';
  end if;
  if inv.expires_at < now() then
    raise exception 'invitation expired' using errcode = 'P0001', hint = 'expired';
  end if;
  insert into public.memberships (organisation_id, user_id, municipality_id, role)
  values (inv.organisation_id, (select auth.uid()), inv.municipality_id, inv.role)
  on conflict (organisation_id, user_id) do nothing;
  update public.invitations
     set accepted_at = now(), accepted_by = (select auth.uid())
   where id = inv.id;
  return inv.organisation_id;
end
$$;
comment on function public.accept_invitation(uuid) is
  'Accepts an invitation addressed to the caller''s verified email: marks it and creates the membership in one step.
advisor: authenticated may execute: the invitee is not yet a member, so only the definer may write their membership; the function checks the address, expiry and single use itself.';

-- Matchmaker decisions: read per municipality everywhere ------------------------------------------

create or replace function public.pinned(p public.match_proposals) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.matchmaker_decisions d
    join public.match_proposals mp
      on mp.request_id = d.request_id and mp.offer_id = d.offer_id and mp.municipality_id = d.municipality_id
    where d.request_id = p.request_id and d.offer_id = p.offer_id and d.decision = 'pin'
      and (private.is_member(mp.request_organisation_id)
           or private.is_member(mp.offer_organisation_id)
           or private.is_municipality_staff(mp.municipality_id))
  )
$$;
revoke execute on function public.pinned(public.match_proposals) from public;
grant execute on function public.pinned(public.match_proposals) to anon, authenticated, service_role;
comment on function public.pinned(public.match_proposals) is
  'Whether a matchmaker pinned this pair (computed column select=...,pinned).
advisor: authenticated may execute: the parties of a proposal may not read matchmaker_decisions; it answers true only for a pinned proposal the caller is a party to or staff of, whatever row is passed in.
advisor: anon may execute: selecting the column must not error for a visitor, who sees no proposal rows and for whom it answers false.';

-- A veto removes only its own municipality's proposal and rounds.
create or replace function private.forget_rejected_pair() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- Nested: a dismissal row has no "decision" field, and PL/pgSQL does not short-circuit.
  if tg_table_name = 'matchmaker_decisions' then
    if new.decision <> 'veto' then
      return null;
    end if;
  end if;
  delete from public.match_proposals mp
   where mp.request_id = new.request_id and mp.offer_id = new.offer_id
     and mp.municipality_id = new.municipality_id;
  delete from public.exchange_cycles c
   where c.municipality_id = new.municipality_id and c.members @> array[new.request_id, new.offer_id];
  return null;
end
$$;
revoke execute on function private.forget_rejected_pair() from public, anon, authenticated;

-- As in 20261128000400, with every dismissal and decision lookup limited to p_municipality.
create or replace function public.replace_match_proposals(
  p_municipality uuid,
  p_proposals jsonb,
  p_request_ids uuid[] default null,
  p_listing_ids uuid[] default '{}',
  p_cycles jsonb default null
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  v_full boolean := p_request_ids is null;
  v_written integer;
  v_deleted integer;
  v_stale integer;
  v_cycles integer;
begin
  if jsonb_typeof(coalesce(p_proposals, '[]'::jsonb)) <> 'array' then
    raise exception 'p_proposals must be an array' using errcode = '22023';
  end if;
  perform pg_advisory_xact_lock(hashtext('match_proposals'), hashtext(p_municipality::text));

  with incoming as (
    select distinct on (request_id, offer_id) *
    from (
      select (e ->> 'request')::uuid as request_id,
             (e ->> 'offer')::uuid as offer_id,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons
      from jsonb_array_elements(coalesce(p_proposals, '[]'::jsonb)) e
    ) raw
    order by request_id, offer_id, score desc
  ),
  valid as (
    select i.request_id, i.offer_id, i.score, i.reasons,
           r.organisation_id as request_organisation_id, o.organisation_id as offer_organisation_id
    from incoming i
    join public.listings r on r.id = i.request_id
    join public.listings o on o.id = i.offer_id
    where r.organisation_id <> o.organisation_id
      and private.listing_is_live(r.id, p_municipality, 'request')
      and private.listing_is_live(o.id, p_municipality, 'offer')
      and not exists (select 1 from public.proposal_dismissals d
                       where d.request_id = i.request_id and d.offer_id = i.offer_id
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.matchmaker_decisions m
                       where m.request_id = i.request_id and m.offer_id = i.offer_id and m.decision = 'veto'
                         and m.municipality_id = p_municipality)
  ),
  removed as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and (v_full or mp.request_id = any (p_request_ids)
            or mp.request_id = any (p_listing_ids) or mp.offer_id = any (p_listing_ids))
       and not exists (select 1 from valid v where v.request_id = mp.request_id and v.offer_id = mp.offer_id)
       and not (
         exists (select 1 from public.matchmaker_decisions m
                  where m.request_id = mp.request_id and m.offer_id = mp.offer_id and m.decision = 'pin'
                    and m.municipality_id = p_municipality)
         and private.listing_is_live(mp.request_id, p_municipality, 'request')
         and private.listing_is_live(mp.offer_id, p_municipality, 'offer')
         and not exists (select 1 from public.proposal_dismissals d
                          where d.request_id = mp.request_id and d.offer_id = mp.offer_id
                            and d.municipality_id = p_municipality)
       )
    returning 1
  ),
  written as (
    insert into public.match_proposals as mp (
      municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons, computed_at
    )
    select p_municipality, v.request_id, v.offer_id, v.request_organisation_id, v.offer_organisation_id,
           v.score, v.reasons, now()
    from valid v
    on conflict (request_id, offer_id) do update
      set score = excluded.score, reasons = excluded.reasons, computed_at = excluded.computed_at
    returning 1
  )
  select (select count(*) from written), (select count(*) from removed) into v_written, v_deleted;

  insert into public.match_proposals (
    municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons
  )
  select p_municipality, m.request_id, m.offer_id, r.organisation_id, o.organisation_id, 0, '[]'::jsonb
  from public.matchmaker_decisions m
  join public.listings r on r.id = m.request_id
  join public.listings o on o.id = m.offer_id
  where m.municipality_id = p_municipality and m.decision = 'pin'
    and (v_full or m.request_id = any (p_request_ids)
         or m.request_id = any (p_listing_ids) or m.offer_id = any (p_listing_ids))
    and r.organisation_id <> o.organisation_id
    and private.listing_is_live(r.id, p_municipality, 'request')
    and private.listing_is_live(o.id, p_municipality, 'offer')
    and not exists (select 1 from public.proposal_dismissals d
                     where d.request_id = m.request_id and d.offer_id = m.offer_id
                       and d.municipality_id = p_municipality)
  on conflict (request_id, offer_id) do nothing;

  with gone as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and not (private.listing_is_live(mp.request_id, p_municipality, 'request')
                and private.listing_is_live(mp.offer_id, p_municipality, 'offer'))
    returning 1
  )
  select count(*) into v_stale from gone;
  delete from public.exchange_cycles c
   where c.municipality_id = p_municipality
     and exists (select 1 from unnest(c.members) m(id)
                  where not (private.listing_is_live(m.id, p_municipality, 'offer')
                             or private.listing_is_live(m.id, p_municipality, 'request')));

  if p_cycles is not null then
    delete from public.exchange_cycles c where c.municipality_id = p_municipality;
    with incoming as (
      select array(select x::uuid from jsonb_array_elements_text(e -> 'members') x) as members,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons
      from jsonb_array_elements(p_cycles) e
      where jsonb_typeof(e -> 'members') = 'array'
    ),
    inserted as (
      insert into public.exchange_cycles (municipality_id, members, organisation_ids, score, reasons)
      select p_municipality, i.members,
             array(select l.organisation_id
                     from unnest(i.members) with ordinality m(id, n)
                     join public.listings l on l.id = m.id
                    order by m.n),
             i.score, i.reasons
      from incoming i
      where cardinality(i.members) between 3 and 8
        and not exists (select 1 from unnest(i.members) m(id)
                         where not (private.listing_is_live(m.id, p_municipality, 'offer')
                                    or private.listing_is_live(m.id, p_municipality, 'request')))
        and not exists (select 1 from public.proposal_dismissals d
                         where d.request_id = any (i.members) and d.offer_id = any (i.members)
                           and d.municipality_id = p_municipality)
        and not exists (select 1 from public.matchmaker_decisions m
                         where m.decision = 'veto' and m.request_id = any (i.members) and m.offer_id = any (i.members)
                           and m.municipality_id = p_municipality)
      on conflict (municipality_id, members) do nothing
      returning 1
    )
    select count(*) into v_cycles from inserted;
  end if;

  return jsonb_build_object(
    'written', v_written,
    'deleted', v_deleted + v_stale,
    'cycles', v_cycles
  );
end
$$;
revoke execute on function public.replace_match_proposals(uuid, jsonb, uuid[], uuid[], jsonb) from public, anon, authenticated;
grant execute on function public.replace_match_proposals(uuid, jsonb, uuid[], uuid[], jsonb) to service_role;

create or replace function public.pending_proposal_notifications(
  p_municipality uuid,
  p_min_score real,
  p_min_interval interval default interval '1 day',
  p_settle interval default interval '0'
) returns table (
  proposal_id uuid,
  organisation_id uuid,
  side public.listing_kind,
  request_id uuid,
  offer_id uuid,
  score real,
  reasons jsonb,
  pinned boolean
)
language sql stable
set search_path = ''
as $$
  with sides as (
    select mp.id, mp.request_organisation_id as organisation_id, 'request'::public.listing_kind as side,
           mp.request_id, mp.offer_id, mp.score, mp.reasons, mp.proposed_at
    from public.match_proposals mp
    where mp.municipality_id = p_municipality and mp.request_notified_at is null
    union all
    select mp.id, mp.offer_organisation_id, 'offer'::public.listing_kind,
           mp.request_id, mp.offer_id, mp.score, mp.reasons, mp.proposed_at
    from public.match_proposals mp
    where mp.municipality_id = p_municipality and mp.offer_notified_at is null
  ),
  candidates as (
    select s.*,
           exists (select 1 from public.matchmaker_decisions d
                    where d.request_id = s.request_id and d.offer_id = s.offer_id and d.decision = 'pin'
                      and d.municipality_id = p_municipality) as pinned
    from sides s
    where private.listing_is_live(s.request_id, p_municipality, 'request')
      and private.listing_is_live(s.offer_id, p_municipality, 'offer')
      and not exists (select 1 from public.proposal_dismissals d
                       where d.request_id = s.request_id and d.offer_id = s.offer_id
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.matchmaker_decisions d
                       where d.request_id = s.request_id and d.offer_id = s.offer_id and d.decision = 'veto'
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.email_outbox e
                       where e.organisation_id = s.organisation_id and e.kind = 'proposals_digest'
                         and e.created_at > now() - p_min_interval)
  ),
  shown as (
    select c.*, min(c.proposed_at) over (partition by c.organisation_id) as oldest
    from candidates c
    where c.score >= p_min_score or c.pinned
  )
  select s.id, s.organisation_id, s.side, s.request_id, s.offer_id, s.score, s.reasons, s.pinned
  from shown s
  where s.oldest <= now() - p_settle
  order by s.organisation_id, s.pinned desc, s.score desc, s.id
$$;
revoke execute on function public.pending_proposal_notifications(uuid, real, interval, interval) from public, anon, authenticated;
grant execute on function public.pending_proposal_notifications(uuid, real, interval, interval) to service_role;

-- Listings: one select policy per role ------------------------------------------------------------

-- Permissive policies are joined by "or" anyway; one per role and action says so once and is
-- evaluated once.
drop policy "open listings are public" on public.listings;
drop policy "members and admins see all their listings" on public.listings;

-- The open marketplace: visitors see open listings that have not run out (open_until is null
-- unless the state is open).
create policy "visitors see open listings"
  on public.listings for select
  to anon
  using (open_until >= (select private.today()));

-- Signed in: the open marketplace, plus every state of the caller's organisations' listings and,
-- for municipality admins, of their municipality's (moderation).
create policy "open listings, and all of one's own and one's municipality's"
  on public.listings for select
  to authenticated
  using (
    open_until >= (select private.today())
    or organisation_id in (select private.my_organisation_ids())
    or municipality_id in (select private.my_admin_municipality_ids())
  );

-- Every foreign key indexed (deletes of the referenced row, and joins, need not scan) --------------

create index email_outbox_municipality_idx on public.email_outbox (municipality_id);
create index invitations_accepted_by_idx on public.invitations (accepted_by);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_municipality_idx on public.invitations (municipality_id);
create index listing_events_actor_idx on public.listing_events (actor_id);
create index listing_events_municipality_idx on public.listing_events (municipality_id);
create index listing_reports_resolved_by_idx on public.listing_reports (resolved_by);
create index matchmaker_decisions_decided_by_idx on public.matchmaker_decisions (decided_by);
create index matchmaker_decisions_municipality_idx on public.matchmaker_decisions (municipality_id);
create index matchmaker_decisions_offer_idx on public.matchmaker_decisions (offer_id);
create index memberships_municipality_idx on public.memberships (municipality_id);
create index organisation_contacts_municipality_idx on public.organisation_contacts (municipality_id);
create index proposal_dismissals_dismissed_by_idx on public.proposal_dismissals (dismissed_by);
create index proposal_dismissals_municipality_idx on public.proposal_dismissals (municipality_id);
create index proposal_dismissals_organisation_idx on public.proposal_dismissals (organisation_id);

-- Listing history: an organisation with listings can be deleted -----------------------------------

-- As in 20261129000800, except for deletes by cascade: deleting an organisation (its owner, or
-- an account deletion that takes a sole member's organisations along) failed on the history's
-- foreign key to the organisation.
create or replace function private.record_listing_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  -- Kept by triggers, not by people; generated columns are added below.
  ignored text[] := array['updated_at', 'published_at', 'closed_at'];
  fields text[] := '{}';
  olds jsonb := '{}'::jsonb;
  news jsonb := '{}'::jsonb;
  act text;
  row_ public.listings := coalesce(new, old);
begin
  if tg_op = 'UPDATE' then
    -- Generated columns (ends_on, open_until, search_vector, title_vector, ...) follow from
    -- the others: read from the catalogue, so a new one needs no change here.
    select ignored || coalesce(array_agg(a.attname::text), '{}')
      into ignored
      from pg_catalog.pg_attribute a
     where a.attrelid = tg_relid and a.attgenerated <> '' and not a.attisdropped;
    select coalesce(array_agg(n.key order by n.key), '{}'),
           coalesce(jsonb_object_agg(n.key, o.value), '{}'::jsonb),
           coalesce(jsonb_object_agg(n.key, n.value), '{}'::jsonb)
      into fields, olds, news
      from jsonb_each(to_jsonb(new)) n
      join jsonb_each(to_jsonb(old)) o on o.key = n.key
     where n.value is distinct from o.value and not n.key = any (ignored);
    if cardinality(fields) = 0 then
      return null;
    end if;
    act := case when new.state <> old.state then 'state_changed' else 'updated' end;
  elsif tg_op = 'INSERT' then
    act := 'created';
  else
    -- Deleting an organisation takes its listings with it (cascade), and their history too;
    -- a 'deleted' event would point at the organisation already gone.
    if not exists (select 1 from public.organisations o where o.id = old.organisation_id) then
      return null;
    end if;
    act := 'deleted';
  end if;

  insert into public.listing_events (
    listing_id, organisation_id, municipality_id, actor_id, actor_role, action,
    old_state, new_state, changed_fields, old_values, new_values
  ) values (
    row_.id, row_.organisation_id, row_.municipality_id,
    (select auth.uid()),
    coalesce(nullif(auth.role(), ''), 'system'),
    act,
    case when tg_op <> 'INSERT' then old.state end,
    case when tg_op <> 'DELETE' then new.state end,
    fields, olds, news
  );
  return null;
end
$$;
