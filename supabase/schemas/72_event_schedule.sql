-- The event's pre-arranged conversations (issue 15): the edition says how many rounds of how
-- many minutes at how many tables; the app's scheduler plans who meets whom at which table in
-- which round from the engine's proposals, and the plan is stored here in one transaction by
-- replace_event_schedule (also after a no-show). Staff of the municipality read the whole plan,
-- an organisation's owners and members their own conversations; only the municipality's admins
-- write, through the function.

-- 9 rounds of 4 minutes at 20 tables is a typical beursvloer; the admin changes them.
alter table public.event_editions
  add column schedule_rounds smallint not null default 9 check (schedule_rounds between 1 and 30),
  add column schedule_tables smallint not null default 20 check (schedule_tables between 1 and 200),
  add column schedule_minutes smallint not null default 4 check (schedule_minutes between 1 and 60);
grant update (schedule_rounds, schedule_tables, schedule_minutes) on public.event_editions to authenticated;

-- "Niet verschenen": set by the admin on the day through replace_event_schedule only (members may
-- change their registration while registration is open, so no column grant here).
alter table public.event_registrations
  add column absent boolean not null default false;

create table public.event_conversations (
  id uuid primary key default gen_random_uuid(),
  edition_id uuid not null references public.event_editions (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  round smallint not null check (round between 1 and 30),
  table_no smallint not null check (table_no between 1 and 200),
  registration_a uuid not null references public.event_registrations (id) on delete cascade,
  registration_b uuid not null references public.event_registrations (id) on delete cascade,
  -- The registrations' organisations, kept here so that a member's read needs no join.
  organisation_a uuid not null references public.organisations (id) on delete cascade,
  organisation_b uuid not null references public.organisations (id) on delete cascade,
  -- The engine's best proposal between the two: its score and its language-neutral reasons
  -- (rendered in the reader's language, as proposals are).
  score real not null check (score >= 0 and score <= 1),
  reasons jsonb not null default '[]'::jsonb check (jsonb_typeof(reasons) = 'array'),
  created_at timestamptz not null default now(),
  constraint event_conversations_table_once unique (edition_id, round, table_no),
  constraint event_conversations_two check (registration_a <> registration_b and organisation_a <> organisation_b)
);
alter table public.event_conversations enable row level security;
-- Written by replace_event_schedule only.
revoke insert, update, delete, truncate, references, trigger on public.event_conversations from anon, authenticated;
-- No pair meets twice in an edition.
create unique index event_conversations_pair_once on public.event_conversations
  (edition_id, least(registration_a, registration_b), greatest(registration_a, registration_b));
create index event_conversations_municipality_idx on public.event_conversations (municipality_id);
create index event_conversations_registration_a_idx on public.event_conversations (registration_a);
create index event_conversations_registration_b_idx on public.event_conversations (registration_b);
create index event_conversations_organisation_a_idx on public.event_conversations (organisation_a);
create index event_conversations_organisation_b_idx on public.event_conversations (organisation_b);

comment on table public.event_conversations is
  'The conversation schedule of an event edition: per round and table the two registered organisations that meet, with the score and reasons of the engine''s proposal.';

-- The municipality's staff read the whole plan; an organisation's owners and members the
-- conversations it takes part in (the other side's name is public on its organisation page).
create policy "staff and the two parties read conversations"
  on public.event_conversations for select
  to authenticated
  using (
    organisation_a in (select private.my_organisation_ids())
    or organisation_b in (select private.my_organisation_ids())
    or private.is_municipality_staff(municipality_id)
  );

-- Stores the plan of an edition from round p_from_round on in one transaction: the
-- conversations of those rounds are replaced by p_conversations ([{round, table_no,
-- registration_a, registration_b, score, reasons}]), earlier rounds stay; p_absent is the complete
-- list of the edition's registrations that did not show up. Security definer (the table has no
-- client writes): it refuses anyone but the edition's municipality's admins, and checks that
-- every registration is the edition's, present, in one place per round, within the edition's
-- rounds and tables. Constraints refuse a table used twice or a pair that meets twice.
create or replace function public.replace_event_schedule(
  p_edition uuid,
  p_from_round integer,
  p_conversations jsonb,
  p_absent uuid[] default '{}'::uuid[]
) returns integer
language plpgsql security definer
set search_path = ''
as $$
declare
  v_edition public.event_editions;
  v_count integer;
begin
  select * into v_edition from public.event_editions where id = p_edition for update;
  if not found or not private.is_municipality_admin(v_edition.municipality_id) then
    raise exception 'only the municipality''s admins plan its editions' using errcode = '42501', hint = 'not_admin';
  end if;
  if p_from_round is null or p_from_round < 1 or p_from_round > v_edition.schedule_rounds + 1
     or jsonb_typeof(p_conversations) is distinct from 'array' then
    raise exception 'a round from 1 and a list of conversations are needed' using errcode = '23514', hint = 'invalid';
  end if;

  update public.event_registrations r
     set absent = r.id = any(coalesce(p_absent, '{}'::uuid[]))
   where r.edition_id = p_edition and r.absent is distinct from (r.id = any(coalesce(p_absent, '{}'::uuid[])));

  delete from public.event_conversations where edition_id = p_edition and round >= p_from_round;

  insert into public.event_conversations (edition_id, municipality_id, round, table_no, registration_a, registration_b,
                                          organisation_a, organisation_b, score, reasons)
  select p_edition, v_edition.municipality_id, c.round, c.table_no, ra.id, rb.id, ra.organisation_id, rb.organisation_id,
         c.score, coalesce(c.reasons, '[]'::jsonb)
    from jsonb_to_recordset(p_conversations)
           as c (round smallint, table_no smallint, registration_a uuid, registration_b uuid, score real, reasons jsonb)
    join public.event_registrations ra on ra.id = c.registration_a and ra.edition_id = p_edition and not ra.absent
    join public.event_registrations rb on rb.id = c.registration_b and rb.edition_id = p_edition and not rb.absent
   where c.round between p_from_round and v_edition.schedule_rounds
     and c.table_no between 1 and v_edition.schedule_tables;
  get diagnostics v_count = row_count;
  if v_count <> jsonb_array_length(p_conversations) then
    raise exception 'a conversation names a registration that is not (present) in this edition, or a round or table outside the plan'
      using errcode = '23514', hint = 'invalid';
  end if;

  if exists (
    select 1
      from (select round, registration_a as r from public.event_conversations where edition_id = p_edition
            union all
            select round, registration_b from public.event_conversations where edition_id = p_edition) s
     group by s.round, s.r
    having count(*) > 1
  ) then
    raise exception 'a participant is in two conversations in one round' using errcode = '23514', hint = 'invalid';
  end if;
  return v_count;
end
$$;
revoke execute on function public.replace_event_schedule(uuid, integer, jsonb, uuid[]) from public, anon;
grant execute on function public.replace_event_schedule(uuid, integer, jsonb, uuid[]) to authenticated, service_role;
comment on function public.replace_event_schedule(uuid, integer, jsonb, uuid[]) is
  'Stores the conversation schedule of an edition from a round on, and who did not show up, in one transaction.
advisor: authenticated may execute: it refuses anyone who is not an admin of the edition''s municipality, and writes only that edition''s conversations and registrations.';
