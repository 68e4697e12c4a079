-- Tenancy: municipalities (tenants), profiles, organisations, memberships, contacts and
-- invitations. Every row belongs to one municipality. RLS is on for every table.

create schema if not exists private;
-- private holds SECURITY DEFINER helpers that policies call; PostgREST does not expose it.
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

create type public.organisation_kind as enum ('business', 'voluntary', 'municipality');
create type public.membership_role as enum ('owner', 'member');
create type public.municipality_role as enum ('admin', 'matchmaker');
create type public.locale as enum ('nl', 'en');

create or replace function private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Who is writing: true when the statement comes straight from a client through the API (the
-- anon or authenticated role), false for the project's own SECURITY DEFINER code, the service
-- role, the seed and migrations. Security invoker on purpose, and called only from
-- security-invoker triggers: current_user is then the role that wrote the row.
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

-- Titles and names are plain text: PostgREST stores a JSON object or array sent for a text
-- column as its JSON text, which is never a title anyone meant.
create or replace function private.is_plain_text(p text) returns boolean
language sql immutable
set search_path = ''
as $$
  select p !~ '^\s*(\{.*\}|\[.*\])\s*$'
$$;

-- Municipalities ---------------------------------------------------------------------------

create table public.municipalities (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (char_length(name) between 2 and 120),
  -- Public, non-personal settings such as theme tokens and social-value rates.
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
alter table public.municipalities enable row level security;
-- Supabase's default privileges give the API roles every privilege on every table: row-level
-- security decides the rows, these grants the columns. Nobody writes municipalities through
-- the API (TRUNCATE is not covered by row-level security at all).
revoke insert, update, delete, truncate, references, trigger on public.municipalities from anon, authenticated;

-- Public information: anyone may read which municipalities run a beursvloer.
create policy "municipalities are public"
  on public.municipalities for select
  to anon, authenticated
  using (true);

create table public.municipality_roles (
  municipality_id uuid not null references public.municipalities (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.municipality_role not null,
  created_at timestamptz not null default now(),
  primary key (municipality_id, user_id, role)
);
alter table public.municipality_roles enable row level security;
revoke insert, update, delete, truncate, references, trigger on public.municipality_roles from anon, authenticated;
create index municipality_roles_user_idx on public.municipality_roles (user_id);

create or replace function private.is_municipality_admin(p_municipality uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.municipality_roles r
    where r.municipality_id = p_municipality
      and r.user_id = (select auth.uid())
      and r.role = 'admin'
  )
$$;

-- A user sees their own roles; admins see who else holds a role in their municipality.
create policy "own roles and admins see roles"
  on public.municipality_roles for select
  to authenticated
  using (user_id = (select auth.uid()) or private.is_municipality_admin(municipality_id));

-- Profiles -----------------------------------------------------------------------------------

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  display_name text not null default '' check (char_length(display_name) <= 120),
  locale public.locale not null default 'nl',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
-- Profiles are made by handle_new_user; a user changes their name and language, never their
-- municipality (that comes from the deployment or an invitation).
revoke insert, update, delete, truncate, references, trigger on public.profiles from anon, authenticated;
grant update (display_name, locale) on public.profiles to authenticated;
create index profiles_municipality_idx on public.profiles (municipality_id);
create trigger profiles_touch before update on public.profiles
  for each row execute function private.touch_updated_at();

-- Organisations ------------------------------------------------------------------------------

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  municipality_id uuid not null references public.municipalities (id),
  kind public.organisation_kind not null,
  name text not null check (char_length(btrim(name)) between 2 and 120),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  kvk_number text check (kvk_number ~ '^[0-9]{8}$'),
  description text not null default '' check (char_length(description) <= 4000),
  place text check (char_length(place) <= 80),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  website text check (website ~* '^https?://[^\s]+$' and char_length(website) <= 300),
  -- The founder; the insert policy refuses anyone else's id.
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (municipality_id, slug),
  check ((latitude is null) = (longitude is null)),
  constraint organisations_name_plain check (private.is_plain_text(name))
);
alter table public.organisations enable row level security;
-- Owners and admins change the profile; what an organisation is (kind) and where it belongs
-- (municipality) are not theirs to change.
revoke update, truncate, references, trigger on public.organisations from anon, authenticated;
grant update (name, kvk_number, description, place, latitude, longitude, website)
  on public.organisations to authenticated;
create index organisations_municipality_kind_idx on public.organisations (municipality_id, kind);
create index organisations_created_by_idx on public.organisations (created_by);
create trigger organisations_touch before update on public.organisations
  for each row execute function private.touch_updated_at();

-- Client writes get the founder's municipality and the time now, whatever they send, and a
-- daily quota. Security invoker (see written_by_client); the insert policy checks the row as
-- this trigger leaves it.
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

-- A KvK number names one registered business: one organisation per number in a municipality
-- (the founder of a second one is pointed to the existing one, see similar_organisations in
-- 30_search.sql).
create unique index organisations_kvk_once on public.organisations (municipality_id, kvk_number)
  where kvk_number is not null;


-- Private contact details live apart from the public profile so that row-level security can
-- hide them: only members, municipality admins (and later the parties of an agreed deal).
create table public.organisation_contacts (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  email text check (email ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(email) <= 254),
  phone text check (phone ~ '^[0-9+() -]{6,20}$'),
  updated_at timestamptz not null default now()
);
alter table public.organisation_contacts enable row level security;
create index organisation_contacts_municipality_idx on public.organisation_contacts (municipality_id);
revoke update, truncate, references, trigger on public.organisation_contacts from anon, authenticated;
-- organisation_id and municipality_id only because the app saves contacts with an upsert, which
-- sets every column it sends; the guard below refuses any change to them.
grant update (organisation_id, municipality_id, email, phone) on public.organisation_contacts to authenticated;
create trigger organisation_contacts_touch before update on public.organisation_contacts
  for each row execute function private.touch_updated_at();

-- The contacts' municipality is their organisation's.
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

create table public.memberships (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  role public.membership_role not null default 'member',
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
alter table public.memberships enable row level security;
create index memberships_municipality_idx on public.memberships (municipality_id);
-- Memberships are made by the founder trigger and accept_invitation; owners change roles only.
revoke insert, update, truncate, references, trigger on public.memberships from anon, authenticated;
grant update (role) on public.memberships to authenticated;
create index memberships_user_idx on public.memberships (user_id);

create or replace function private.is_member(p_organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = p_organisation and m.user_id = (select auth.uid())
  )
$$;

create or replace function private.is_owner(p_organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = p_organisation and m.user_id = (select auth.uid()) and m.role = 'owner'
  )
$$;

create or replace function private.shares_organisation(p_user uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships mine
    join public.memberships theirs on theirs.organisation_id = mine.organisation_id
    where mine.user_id = (select auth.uid()) and theirs.user_id = p_user
  )
$$;

-- Profiles: yourself, colleagues (names in the member list) and your municipality's admins.
create policy "profiles readable by self, colleagues and admins"
  on public.profiles for select
  to authenticated
  using (
    id = (select auth.uid())
    or private.shares_organisation(id)
    or private.is_municipality_admin(municipality_id)
  );

create policy "users update their own profile"
  on public.profiles for update
  to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Organisation profiles are public: the directory is part of the open marketplace.
create policy "organisations are public"
  on public.organisations for select
  to anon, authenticated
  using (true);

-- Anyone signed in may found a business or voluntary organisation in their own municipality;
-- only its admins create the municipality's own organisation.
create policy "signed-in users create organisations"
  on public.organisations for insert
  to authenticated
  with check (
    created_by = (select auth.uid())
    and municipality_id = (select p.municipality_id from public.profiles p where p.id = (select auth.uid()))
    and (kind <> 'municipality' or private.is_municipality_admin(municipality_id))
  );

create policy "owners and admins update organisations"
  on public.organisations for update
  to authenticated
  using (private.is_owner(id) or private.is_municipality_admin(municipality_id))
  with check (private.is_owner(id) or private.is_municipality_admin(municipality_id));

create policy "owners delete organisations"
  on public.organisations for delete
  to authenticated
  using (private.is_owner(id));

create policy "members and admins read contacts"
  on public.organisation_contacts for select
  to authenticated
  using (private.is_member(organisation_id) or private.is_municipality_admin(municipality_id));

create policy "owners write contacts"
  on public.organisation_contacts for insert
  to authenticated
  with check (private.is_owner(organisation_id));

create policy "owners update contacts"
  on public.organisation_contacts for update
  to authenticated
  using (private.is_owner(organisation_id))
  with check (private.is_owner(organisation_id));

create policy "members see fellow members, admins see all"
  on public.memberships for select
  to authenticated
  using (
    user_id = (select auth.uid())
    or private.is_member(organisation_id)
    or private.is_municipality_admin(municipality_id)
  );

-- Members leave on their own; owners remove others. The last owner cannot leave (trigger).
create policy "leave or be removed by an owner"
  on public.memberships for delete
  to authenticated
  using (user_id = (select auth.uid()) or private.is_owner(organisation_id));

create policy "owners change roles"
  on public.memberships for update
  to authenticated
  using (private.is_owner(organisation_id))
  with check (private.is_owner(organisation_id));

-- Founding an organisation makes its creator the owner, in the same statement, so that an
-- organisation never exists without an owner.
create or replace function private.add_founder_as_owner() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.created_by is not null then
    insert into public.memberships (organisation_id, user_id, municipality_id, role)
    values (new.id, new.created_by, new.municipality_id, 'owner')
    on conflict do nothing;
  end if;
  return new;
end
$$;
create trigger organisations_add_founder after insert on public.organisations
  for each row execute function private.add_founder_as_owner();

create or replace function private.keep_an_owner() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if old.role = 'owner'
     and (tg_op = 'DELETE' or new.role <> 'owner')
     and exists (select 1 from public.organisations o where o.id = old.organisation_id)
     and not exists (
       select 1 from public.memberships m
       where m.organisation_id = old.organisation_id and m.role = 'owner' and m.user_id <> old.user_id
     ) then
    raise exception 'an organisation needs at least one owner' using errcode = 'P0001', hint = 'last_owner';
  end if;
  return coalesce(new, old);
end
$$;
create trigger memberships_keep_owner before delete or update on public.memberships
  for each row execute function private.keep_an_owner();

-- Invitations -------------------------------------------------------------------------------

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  role public.membership_role not null default 'member',
  invited_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null,
  constraint invitations_email_length check (char_length(email) <= 254),
  constraint invitations_expiry_sane check (expires_at <= created_at + interval '90 days')
);
alter table public.invitations enable row level security;
create index invitations_accepted_by_idx on public.invitations (accepted_by);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_municipality_idx on public.invitations (municipality_id);
-- Invitations are accepted through accept_invitation, never updated by clients.
revoke update, truncate, references, trigger on public.invitations from anon, authenticated;

-- Whether an address belongs to a member of the organisation. Security definer: members may
-- not read each other's addresses (auth.users); it answers yes or no only.
create or replace function private.is_member_address(p_organisation uuid, p_email text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join auth.users u on u.id = m.user_id
    where m.organisation_id = p_organisation and lower(u.email) = lower(p_email)
  )
$$;

-- Client invitations get the organisation's municipality, the time now and an expiry within 30
-- days, and a daily quota per organisation.
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
  -- Inviting a member (yourself included) would only send a pointless mail. Asked for members
  -- only, so that nobody else learns whose address belongs to the organisation.
  if private.is_member(new.organisation_id) and private.is_member_address(new.organisation_id, new.email) then
    raise exception 'this address belongs to a member already' using errcode = 'P0001', hint = 'already_member';
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
create unique index invitations_open_once on public.invitations (organisation_id, email) where accepted_at is null;
create index invitations_email_idx on public.invitations (email) where accepted_at is null;

-- Members see their organisation's invitations; the invitee sees invitations to their
-- verified e-mail address so that they can accept them.
create policy "members and invitee read invitations"
  on public.invitations for select
  to authenticated
  using (private.is_member(organisation_id) or email = lower((select auth.email())));

-- Any member may invite colleagues; only owners may invite another owner.
create policy "members invite"
  on public.invitations for insert
  to authenticated
  with check (
    invited_by = (select auth.uid())
    and accepted_at is null
    and municipality_id = (select o.municipality_id from public.organisations o where o.id = organisation_id)
    and private.is_member(organisation_id)
    and (role = 'member' or private.is_owner(organisation_id))
  );

create policy "members revoke open invitations"
  on public.invitations for delete
  to authenticated
  using (private.is_member(organisation_id) and accepted_at is null);

-- Accepting is one atomic step: the invitation is marked and the membership created, or
-- neither. Only the invited address (as verified by auth) may accept. An unknown id is an
-- expected answer (P0001 and a hint: HTTP 400), like the other refusals.
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
revoke execute on function public.accept_invitation(uuid) from public, anon;
grant execute on function public.accept_invitation(uuid) to authenticated;
comment on function public.accept_invitation(uuid) is
  'Accepts an invitation addressed to the caller''s verified email: marks it and creates the membership in one step.
advisor: authenticated may execute: the invitee is not yet a member, so only the definer may write their membership; the function checks the address, expiry and single use itself.';

-- New users --------------------------------------------------------------------------------

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
create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();

revoke execute on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
