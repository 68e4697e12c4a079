-- Follow-up (nazorg): after a deal is agreed the parties are asked how it goes. Two weeks after
-- agreement party B (the receiver) is asked "Is er contact geweest?"; at the deadline both
-- parties are asked "Is het uitgevoerd?"; an open question gets one reminder after a week. The
-- server's job (src/lib/server/jobs/followup.ts) creates the questions with a clock of its own
-- (create_due_followups / claim_followup_reminders take `p_now`) and mails them through the
-- outbox; the answer is one click on a signed link, recorded by answer_followup (service role)
-- in the question, the deal's state and the deal's history. Also: the public keurmerk page of a
-- business that opts in (organisations.keurmerk_public, public.keurmerk).

create type public.followup_question as enum ('contact', 'carried_out');
create type public.followup_answer as enum ('contact', 'no_contact', 'carried_out', 'not_feasible');

-- One question to one party of a deal; asked once (unique), reminded at most once, answered once.
create table public.deal_followups (
  id uuid primary key default gen_random_uuid(),
  deal_id uuid not null references public.deals (id) on delete cascade,
  municipality_id uuid not null references public.municipalities (id),
  -- The party asked (and the one who answers: the link goes to its contact address).
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  question public.followup_question not null,
  asked_at timestamptz not null,
  reminded_at timestamptz,
  answer public.followup_answer,
  answered_at timestamptz,
  created_at timestamptz not null default now(),
  constraint deal_followups_once unique (deal_id, organisation_id, question),
  constraint deal_followups_answered check ((answer is null) = (answered_at is null)),
  constraint deal_followups_answer_fits check (
    answer is null
    or (question = 'contact' and answer in ('contact', 'no_contact'))
    or (question = 'carried_out' and answer in ('carried_out', 'not_feasible'))
  )
);
alter table public.deal_followups enable row level security;
-- Written by the server's job and answer_followup only (service role); nobody writes through the API.
revoke insert, update, delete, truncate, references, trigger on public.deal_followups from anon, authenticated;
create index deal_followups_organisation_idx on public.deal_followups (organisation_id);
create index deal_followups_municipality_idx on public.deal_followups (municipality_id);
-- The reminder sweep: open questions not yet reminded, oldest first.
create index deal_followups_open_idx on public.deal_followups (asked_at) where answer is null and reminded_at is null;

comment on table public.deal_followups is
  'Follow-up questions of agreed deals (contact after two weeks to party B, carried out at the deadline to both), with their one reminder and answer.';

-- Whoever sees the deal (its parties, the municipality's staff) sees its follow-up questions.
create policy "who sees the deal reads its follow-up"
  on public.deal_followups for select
  to authenticated
  using (exists (select 1 from public.deals d where d.id = deal_followups.deal_id));

-- The questions that are due at `p_now` (of one municipality, or all), created once each and
-- returned: the contact question to party B of a deal agreed at least 14 days before and still
-- only agreed; the carried-out question to both parties of a running deal whose deadline has come.
create or replace function public.create_due_followups(p_now timestamptz, p_municipality uuid default null)
returns setof public.deal_followups
language sql
set search_path = ''
as $$
  insert into public.deal_followups (deal_id, municipality_id, organisation_id, question, asked_at)
  select d.id, d.municipality_id, d.receiver_organisation_id, 'contact'::public.followup_question, p_now
    from public.deals d
   where d.state = 'agreed' and d.agreed_at <= p_now - interval '14 days'
     and (p_municipality is null or d.municipality_id = p_municipality)
  union all
  select d.id, d.municipality_id, party, 'carried_out'::public.followup_question, p_now
    from public.deals d
   cross join lateral unnest(array[d.giver_organisation_id, d.receiver_organisation_id]) as party
   where d.state in ('agreed', 'in_progress') and d.deadline is not null
     and d.deadline <= (p_now at time zone 'Europe/Amsterdam')::date
     and (p_municipality is null or d.municipality_id = p_municipality)
  on conflict on constraint deal_followups_once do nothing
  returning *
$$;
revoke execute on function public.create_due_followups(timestamptz, uuid) from public, anon, authenticated;
grant execute on function public.create_due_followups(timestamptz, uuid) to service_role;
comment on function public.create_due_followups(timestamptz, uuid) is
  'Creates the follow-up questions due at p_now (once each) and returns the new ones, for the server''s follow-up job.';

-- Open questions asked a week or more before `p_now`, still relevant (the deal still runs; a
-- contact question only while the deal is merely agreed) and never reminded: marked reminded at
-- p_now and returned, so each gets exactly one reminder.
create or replace function public.claim_followup_reminders(p_now timestamptz, p_municipality uuid default null)
returns setof public.deal_followups
language sql
set search_path = ''
as $$
  update public.deal_followups f
     set reminded_at = p_now
    from public.deals d
   where d.id = f.deal_id
     and f.answer is null and f.reminded_at is null
     and f.asked_at <= p_now - interval '7 days'
     and (p_municipality is null or f.municipality_id = p_municipality)
     and (d.state = 'agreed' or (f.question = 'carried_out' and d.state = 'in_progress'))
  returning f.*
$$;
revoke execute on function public.claim_followup_reminders(timestamptz, uuid) from public, anon, authenticated;
grant execute on function public.claim_followup_reminders(timestamptz, uuid) to service_role;
comment on function public.claim_followup_reminders(timestamptz, uuid) is
  'Marks the open follow-up questions due for their one reminder at p_now and returns them, for the server''s follow-up job.';

-- The answer of a signed link (the server checked the signature and expiry). The question's
-- state makes the link single-use: an answered question, or a deal that no longer runs, changes
-- nothing. Otherwise the answer is kept, the deal moves (contact -> in_progress when agreed;
-- carried_out; not_feasible, freeing its amount; no_contact keeps it) and the history records
-- it with the answering party. Returns { "status": "answered" | "already_answered" | "closed" |
-- "not_found" | "invalid", "deal_id", "state", "answer" }.
-- Security definer (run by its owner) for private.release_deal; executable by the service role only.
create or replace function public.answer_followup(p_question uuid, p_answer public.followup_answer)
returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  f public.deal_followups;
  d public.deals;
  was public.deal_state;
  target public.deal_state;
begin
  select * into f from public.deal_followups where id = p_question for update;
  if not found then
    return jsonb_build_object('status', 'not_found');
  end if;
  if not ((f.question = 'contact' and p_answer in ('contact', 'no_contact'))
          or (f.question = 'carried_out' and p_answer in ('carried_out', 'not_feasible'))) then
    return jsonb_build_object('status', 'invalid', 'deal_id', f.deal_id);
  end if;
  select * into d from public.deals where id = f.deal_id for update;
  if f.answer is not null then
    return jsonb_build_object('status', 'already_answered', 'deal_id', d.id, 'state', d.state, 'answer', f.answer);
  end if;
  if d.state not in ('agreed', 'in_progress') then
    return jsonb_build_object('status', 'closed', 'deal_id', d.id, 'state', d.state);
  end if;

  was := d.state;
  target := case p_answer
    when 'contact' then (case when d.state = 'agreed' then 'in_progress' else d.state end)::public.deal_state
    when 'carried_out' then 'carried_out'::public.deal_state
    when 'not_feasible' then 'not_feasible'::public.deal_state
    else d.state
  end;
  update public.deal_followups set answer = p_answer, answered_at = now() where id = f.id;
  if target <> was then
    update public.deals
       set state = target,
           closed_at = case when target in ('carried_out', 'not_feasible') then now() end
     where id = d.id
    returning * into d;
  end if;
  insert into public.deal_events (deal_id, municipality_id, actor_id, actor_organisation_id, action, from_state, to_state, message)
  values (d.id, d.municipality_id, null, f.organisation_id, 'followup_answered', was, d.state,
          case p_answer
            when 'contact' then 'Is er contact geweest? Ja'
            when 'no_contact' then 'Is er contact geweest? Nog niet'
            when 'carried_out' then 'Is het uitgevoerd? Ja'
            else 'Is het uitgevoerd? Niet haalbaar'
          end);
  if target = 'not_feasible' then
    perform private.release_deal(d);
  end if;
  return jsonb_build_object('status', 'answered', 'deal_id', d.id, 'state', d.state, 'answer', p_answer);
end
$$;
revoke execute on function public.answer_followup(uuid, public.followup_answer) from public, anon, authenticated;
grant execute on function public.answer_followup(uuid, public.followup_answer) to service_role;
comment on function public.answer_followup(uuid, public.followup_answer) is
  'Records the answer to a follow-up question (once), moves the deal and writes its history; the server calls it after checking the signed link.';

-- Keurmerk ------------------------------------------------------------------------------------

-- A business shows its carried-out deals on a public page when its owners opt in.
alter table public.organisations add column keurmerk_public boolean not null default false;
grant update (keurmerk_public) on public.organisations to authenticated;
comment on column public.organisations.keurmerk_public is
  'The business shows its carried-out deals on the public keurmerk page (/keurmerk/<slug>); set by its owners.';

-- Only an owner of a business opts in or out (the update policy also lets the municipality's
-- admins edit the profile; this choice is the business's own).
create or replace function private.guard_keurmerk_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.written_by_client() or new.keurmerk_public is not distinct from old.keurmerk_public then
    return new;
  end if;
  if not private.is_owner(new.id) then
    raise exception 'only the owners choose the keurmerk page' using errcode = '42501';
  end if;
  if new.kind <> 'business' then
    raise exception 'the keurmerk page is for businesses' using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger organisations_keurmerk_guard before update on public.organisations
  for each row execute function private.guard_keurmerk_write();

-- The public keurmerk of a business in a municipality, or null when it has not opted in: its
-- name and its carried-out deals with what was given, the other party, when, the hours and
-- amounts and the rates the deal was agreed under (the page computes the social value).
create or replace function public.keurmerk(p_municipality uuid, p_slug text)
returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'organisation', jsonb_build_object('id', o.id, 'name', o.name, 'slug', o.slug, 'place', o.place),
    'deals', coalesce((
      select jsonb_agg(jsonb_build_object(
               'id', d.id,
               'category', d.category,
               'what_given', d.what_given,
               'role', case when d.giver_organisation_id = o.id then 'giver' else 'receiver' end,
               'partner', p.name,
               'closed_at', d.closed_at,
               'hours_hands', d.hours_hands,
               'hours_expertise', d.hours_expertise,
               'hours_students', d.hours_students,
               'materials_value', d.materials_value,
               'other_costs', d.other_costs,
               'rates', case when r.id is null then null else jsonb_build_object(
                 'hands', r.hands_rate, 'expertise', r.expertise_rate, 'students', r.students_rate) end
             ) order by d.closed_at desc nulls last, d.id)
        from public.deals d
        join public.organisations p
          on p.id = case when d.giver_organisation_id = o.id then d.receiver_organisation_id else d.giver_organisation_id end
        left join public.municipality_rates r on r.id = d.rate_id
       where d.state = 'carried_out' and o.id in (d.giver_organisation_id, d.receiver_organisation_id)
    ), '[]'::jsonb)
  )
  from public.organisations o
  where o.municipality_id = p_municipality and o.slug = p_slug and o.keurmerk_public and o.kind = 'business'
$$;
revoke execute on function public.keurmerk(uuid, text) from public;
grant execute on function public.keurmerk(uuid, text) to anon, authenticated;
comment on function public.keurmerk(uuid, text) is
  'The public keurmerk page of a business that opted in: its carried-out deals with their amounts and rates; null otherwise.
advisor: anon may execute: it returns only businesses whose owners opted in (keurmerk_public) and only their carried-out deals, without contact details.
advisor: authenticated may execute: the same public page for signed-in visitors.';

revoke execute on function private.guard_keurmerk_write() from public, anon, authenticated;
