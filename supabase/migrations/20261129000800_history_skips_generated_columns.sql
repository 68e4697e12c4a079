-- The history leaves out what people did not change: the columns triggers keep and every
-- generated column. 20261129000700_title_first_relevance.sql had to redefine this function
-- only to add its new generated column (title_vector) to a written-out list; the generated
-- columns now come from the catalogue, so the next one needs no copy of this function.
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
