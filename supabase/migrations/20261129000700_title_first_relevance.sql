-- Relevance that a page can be read from without scoring every match: listings with every
-- search word in the title first, then the other matches, newest first within each (then id).
-- It replaces ts_rank, which had to be computed for every match before the first page could
-- be sorted (834 matches for a common word on 10,000 listings, 5,000 for "vrijwilligers",
-- the ranking alone about half of the search), while an order by title, then date lets the
-- page be read newest first from an index and stop after it. For people searching a
-- marketplace of short listings this is what they expect: what the title promises first, the
-- newest of that first. Depends on 20261129000600_faster_search.sql.
-- When no listing has every word (the any-word fallback), the same with any word: a word in
-- the title first. Scores (search_listings.rank): 1 for the title, 0.5 for the other word
-- matches; a title found by trigram alone keeps 0.5 times its word similarity, so it comes
-- after the word matches.

-- Nearest first from the index alone: with created_at and id included, a page by distance
-- reads no listing rows (many listings share their village's coordinates, and a plain index
-- scan fetched every listing at the centre to keep one kind of them).
drop index if exists public.listings_open_point_idx;
create index listings_open_point_idx
  on public.listings using gist (point(longitude * 68.2, latitude * 111.2))
  include (open_until, latitude, longitude, municipality_id, kind, category, created_at, id)
  where open_until is not null;

-- The words of the title alone: the same lexemes and positions as the weight-A part of
-- search_vector, small enough to ride along in the newest-first index, so that the title test
-- (title_vector @@ words) of a walk newest first reads no listing rows.
alter table public.listings
  add column title_vector tsvector generated always as (to_tsvector('dutch'::regconfig, title)) stored;

-- The newest page reads in index order (20261129000600_faster_search.sql), now with the
-- title's words included for walking a search newest first.
drop index if exists public.listings_open_newest_idx;
create index listings_open_newest_idx
  on public.listings (municipality_id, created_at desc, id)
  include (kind, category, open_until, title_vector)
  where open_until is not null;

-- For the few listings with every word in the title among thousands of matches.
create index listings_open_title_words_idx
  on public.listings using gin (title_vector)
  where open_until is not null;


-- The history leaves the derived title_vector out, as it does search_vector
-- (20261128000200_create_listings.sql).
create or replace function private.record_listing_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  ignored constant text[] := array['updated_at', 'search_vector', 'title_vector', 'ends_on', 'open_until', 'published_at', 'closed_at'];
  fields text[] := '{}';
  olds jsonb := '{}'::jsonb;
  news jsonb := '{}'::jsonb;
  act text;
  row_ public.listings := coalesce(new, old);
begin
  if tg_op = 'UPDATE' then
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

-- The search words as before, every word (words) and any word (any_words), in one pass over
-- the words, so the typo and compound lookups run once when the any-word fallback is needed.
create or replace function private.listing_search_queries(
  p_query text, out words tsquery, out any_words tsquery
)
language plpgsql stable security definer
set search_path = ''
as $$
declare
  term tsquery;
  w text;
  stem text;
  similar_word text;
begin
  for w in
    select distinct t
      from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, left(coalesce(p_query, ''), 200)))) as t
     limit 8
  loop
    term := to_tsquery('dutch'::regconfig, quote_literal(w) || case when char_length(w) >= 4 then ':*' else '' end);
    if char_length(w) >= 4 then
      stem := coalesce((ts_lexize('pg_catalog.dutch_stem'::regdictionary, w))[1], w);
      for similar_word in
        (select s.word from private.search_words s
          where s.word operator(extensions.%) w and s.word <> w
            and extensions.similarity(s.word, w) >= 0.45
          order by s.word operator(extensions.<->) w
          limit 4)
        union
        -- Compounds that end in (or contain) the word: "ruimte" → vergaderruimte.
        (select s.word from private.search_words s
          where char_length(stem) >= 4
            and s.word like '%_' || stem || '%'
          order by char_length(s.word)
          limit 8)
      loop
        term := term || to_tsquery('dutch'::regconfig, quote_literal(similar_word));
      end loop;
    end if;
    if numnode(term) > 0 then
      words := case when words is null then term else words && term end;
      any_words := case when any_words is null then term else any_words || term end;
    end if;
  end loop;
end
$$;

-- The words alone, for callers that do not rank (same signature and answers as before).
create or replace function private.listing_search_query(p_query text, p_all boolean default true) returns tsquery
language sql stable security definer
set search_path = ''
as $$
  select case when p_all then q.words else q.any_words end from private.listing_search_queries(p_query) q
$$;

-- The general path's matcher (members' drafts, other states), scoring as above.
create or replace function private.listing_text_matches(
  p_q text, out ids uuid[], out scores real[]
)
language plpgsql stable security definer
set search_path = ''
set enable_seqscan = off
as $$
declare
  v_tsq tsquery;
  v_any tsquery;
  v_has_open boolean := false;
begin
  select q.words, q.any_words into v_tsq, v_any from private.listing_search_queries(p_q) q;
  ids := '{}';
  scores := '{}';
  if v_tsq is not null then
    select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}'), coalesce(bool_or(m.open), false)
      into ids, scores, v_has_open
      from (select l.id, (case when l.title_vector @@ v_tsq then 1 else 0.5 end)::real as score,
                   l.state = 'open' as open
              from public.listings l
             where l.search_vector @@ v_tsq
             order by 2 desc, l.created_at desc, l.id) m;
    if not v_has_open then
      -- One word: OR is the same query, and it found nothing open either.
      if v_any is distinct from v_tsq then
        select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
          into ids, scores
          from (select l.id, (case when l.title_vector @@ v_any then 1 else 0.5 end)::real as score
                  from public.listings l
                 where l.search_vector @@ v_any
                 order by 2 desc, l.created_at desc, l.id) m;
      end if;
    end if;
  end if;
  if cardinality(ids) < 20 then
    select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
      into ids, scores
      from (select l.id, coalesce(t.score, (0.5 * extensions.word_similarity(p_q, l.title))::real) as score
              from public.listings l
              left join unnest(ids, scores) as t (id, score) on t.id = l.id
             where l.id = any (ids) or p_q operator(extensions.<%) l.title
             order by 2 desc, l.created_at desc, l.id) m;
  end if;
end
$$;

-- The marketplace's page finder (20261129000600_faster_search.sql explains the rest), with
-- the relevance above and the count capped at 200 (see search_listings below). Words without
-- a radius, which is what a search from the list page is: one pass collects up to 201
-- matches (the capped count) with their title test. Up to 200 that is every match, and the
-- page is sorted from them. Past 200, the page for relevance or newest is read newest first
-- from listings_open_newest_idx instead of fetching thousands of matches: the listings with
-- every word in the title as far as the page reaches, then, if the page reaches further, the
-- other matches. Title matches that are rare among the first 201 (under one in ten) are
-- found through listings_open_title_words_idx instead, as a walk would pass many listings
-- for each. Other sorts past the cap, and searches with filters beyond kind and category,
-- read every match, as before.
create or replace function private.open_listing_page(
  p_query text,
  p_municipality uuid,
  p_kind public.listing_kind,
  p_categories public.listing_category[],
  p_place text,
  p_lat double precision,
  p_lon double precision,
  p_max_km double precision,
  p_organisation_kind public.organisation_kind,
  p_organisation uuid,
  p_active_on date,
  p_created_since timestamptz,
  p_sort text,
  p_limit integer,
  p_offset integer
) returns table (id uuid, distance_km double precision, score real, total bigint)
language plpgsql stable security definer
set search_path = ''
-- For the fixed statements (no filter folds away in them); the others are planned per call.
set plan_cache_mode = force_generic_plan
-- Restored when the function returns, with whatever set_config changes below.
set enable_seqscan = on
set enable_bitmapscan = on
set enable_sort = on
set enable_indexscan = on
set enable_indexonlyscan = on
rows 20
as $$
#variable_conflict use_column
declare
  count_cap constant integer := 200;
  v_today date := private.today();
  v_q text := nullif(btrim(left(p_query, 200)), '');
  v_geo boolean := p_lat is not null and p_lon is not null;
  v_radius boolean := p_lat is not null and p_lon is not null and p_max_km is not null;
  -- The rows up to the end of the page: the nearest so many bound a page in distance order.
  v_n bigint := p_limit::bigint + p_offset;
  -- The general path's bounding box around the centre.
  v_dlat double precision := p_max_km / 111.2;
  v_dlon double precision := p_max_km / (111.2 * cos(radians(coalesce(p_lat, 52))));
  v_nearest bigint;
  v_reach double precision;
  v_total bigint;
  v_tsq tsquery;
  v_any tsquery;
  v_found bigint := 0;
  v_has_open boolean := false;
  v_first tsquery;
  v_checked boolean := false;
  v_ids uuid[];
  v_distances double precision[];
  v_scores real[];
  v_walked uuid[];
  v_title_found bigint := 0;
  -- The same expressions as listings_open_point_idx and the general path's distance.
  v_point constant text := 'point(l.longitude * 68.2, l.latitude * 111.2)';
  v_centre constant text := 'point($11 * 68.2, $10 * 111.2)';
  v_dist constant text := '2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(l.latitude - $10) / 2), 2)
      + cos(radians($10)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $11) / 2), 2))))';
  -- A word match's score (see the top of this migration).
  v_word_score constant text := 'case when l.title_vector @@ $18 then 1::real else 0.5::real end';
  v_where text;
  -- Within 0.95 times the radius on the map; only from 1 km, as circles compare with a
  -- tolerance of 1e-6.
  v_inner text := case when v_radius and p_max_km >= 1
                       then format('%s <@ circle(%s, $12 * 0.95)', v_point, v_centre) end;
  v_in_radius text;
  v_order text;
  v_kinds public.listing_kind[] :=
    case when p_kind is null then enum_range(null::public.listing_kind) else array[p_kind] end;
  v_categories public.listing_category[] :=
    coalesce(nullif(p_categories, '{}'), enum_range(null::public.listing_category));
begin
  v_where := 'l.open_until >= $1'
    || case when p_municipality is not null then ' and l.municipality_id = $2' else '' end
    || case when p_kind is not null then ' and l.kind = $3' else '' end
    || case when cardinality(p_categories) > 0 then ' and l.category = any ($4)' else '' end
    || case when p_place is not null then ' and l.place = $5' else '' end
    || case when p_organisation is not null then ' and l.organisation_id = $6' else '' end
    || case when p_organisation_kind is not null then
         ' and exists (select 1 from public.organisations o where o.id = l.organisation_id and o.kind = $7)' else '' end
    || case when p_active_on is not null then
         ' and (l.ends_on is null or l.ends_on >= $8) and (l.available_from is null or l.available_from <= $8)' else '' end
    || case when p_created_since is not null then ' and l.created_at >= $9' else '' end;
  v_in_radius := v_where || case when v_radius then format(
    ' and %s <@ circle(%s, $12 * 1.05) and (%s or (l.latitude between $10 - $16 and $10 + $16'
    ' and l.longitude between $11 - $17 and $11 + $17 and %s <= $12))',
    v_point, v_centre, coalesce(v_inner, 'false'), v_dist) else '' end;

  -- A list page as it opens (a municipality, perhaps a kind and categories, newest first).
  if v_q is null and p_municipality is not null and p_place is null and p_organisation is null
     and p_organisation_kind is null and p_active_on is null and p_created_since is null and not v_geo
     and p_sort is distinct from 'needed_by' then
    select count(*) into v_total
      from (select 1 from public.listings l
             where l.open_until >= v_today and l.municipality_id = p_municipality
               and l.kind = any (v_kinds) and l.category = any (v_categories)
             limit count_cap + 1) c;
    return query
    select l.id, null::double precision, 0::real, v_total
      from public.listings l
     where l.open_until >= v_today and l.municipality_id = p_municipality
       and l.kind = any (v_kinds) and l.category = any (v_categories)
     order by l.created_at desc, l.id
     limit p_limit offset p_offset;
    return;
  end if;

  -- A list page by distance from a place (a municipality, perhaps a kind and categories, a
  -- radius from 1 km): the steps of the statements put together below, as fixed statements
  -- whose plans are kept (planning the three cost more than running them).
  if v_q is null and p_municipality is not null and v_radius and p_max_km >= 1 and p_sort = 'distance'
     and p_place is null and p_organisation is null and p_organisation_kind is null and p_active_on is null
     and p_created_since is null then
    perform set_config('enable_bitmapscan', 'off', true);
    select count(*) into v_total
      from (select 1 from public.listings l
             where l.open_until >= v_today and l.municipality_id = p_municipality
               and l.kind = any (v_kinds) and l.category = any (v_categories)
               and point(l.longitude * 68.2, l.latitude * 111.2)
                   <@ circle(point(p_lon * 68.2, p_lat * 111.2), p_max_km * 0.95)
             limit count_cap + 1) c;
    if v_total <= count_cap then
      select count(*) into v_total
        from (select 1 from public.listings l
               where l.open_until >= v_today and l.municipality_id = p_municipality
                 and l.kind = any (v_kinds) and l.category = any (v_categories)
                 and point(l.longitude * 68.2, l.latitude * 111.2)
                     <@ circle(point(p_lon * 68.2, p_lat * 111.2), p_max_km * 1.05)
                 and (point(l.longitude * 68.2, l.latitude * 111.2)
                      <@ circle(point(p_lon * 68.2, p_lat * 111.2), p_max_km * 0.95)
                      or (l.latitude between p_lat - v_dlat and p_lat + v_dlat
                          and l.longitude between p_lon - v_dlon and p_lon + v_dlon
                          and 2 * 6371.0088 * asin(least(1, sqrt(
                   power(sin(radians(l.latitude - p_lat) / 2), 2)
                   + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)))) <= p_max_km))
               limit count_cap + 1) c;
    end if;
    if v_total = 0 then
      return;
    end if;
    select count(*), max(n.d) * 1.1 into v_nearest, v_reach
      from (select point(l.longitude * 68.2, l.latitude * 111.2) <-> point(p_lon * 68.2, p_lat * 111.2) as d
              from public.listings l
             where l.open_until >= v_today and l.municipality_id = p_municipality
               and l.kind = any (v_kinds) and l.category = any (v_categories)
             order by 1
             limit v_n) n;
    if v_nearest = v_n and v_reach <= p_max_km * 0.95 then
      return query
      select l.id, 2 * 6371.0088 * asin(least(1, sqrt(
                   power(sin(radians(l.latitude - p_lat) / 2), 2)
                   + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)))), 0::real, v_total
        from public.listings l
       where l.open_until >= v_today and l.municipality_id = p_municipality
         and l.kind = any (v_kinds) and l.category = any (v_categories)
         and point(l.longitude * 68.2, l.latitude * 111.2) <@ circle(point(p_lon * 68.2, p_lat * 111.2), v_reach)
       order by 2, l.created_at desc, l.id
       limit p_limit offset p_offset;
    else
      return query
      select l.id, 2 * 6371.0088 * asin(least(1, sqrt(
                   power(sin(radians(l.latitude - p_lat) / 2), 2)
                   + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)))), 0::real, v_total
        from public.listings l
       where l.open_until >= v_today and l.municipality_id = p_municipality
         and l.kind = any (v_kinds) and l.category = any (v_categories)
         and point(l.longitude * 68.2, l.latitude * 111.2)
             <@ circle(point(p_lon * 68.2, p_lat * 111.2), p_max_km * 1.05)
         and (point(l.longitude * 68.2, l.latitude * 111.2)
              <@ circle(point(p_lon * 68.2, p_lat * 111.2), p_max_km * 0.95)
              or (l.latitude between p_lat - v_dlat and p_lat + v_dlat
                  and l.longitude between p_lon - v_dlon and p_lon + v_dlon
                  and 2 * 6371.0088 * asin(least(1, sqrt(
                   power(sin(radians(l.latitude - p_lat) / 2), 2)
                   + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)))) <= p_max_km))
       order by 2, l.created_at desc, l.id
       limit p_limit offset p_offset;
    end if;
    return;
  end if;

  if v_q is null then
    perform set_config('enable_bitmapscan', 'off', true);
    -- The capped count; the full radius test only when fewer than 201 are well inside.
    if v_inner is not null then
      execute format('select count(*) from (select 1 from public.listings l where %s and %s limit %s) c',
                     v_where, v_inner, count_cap + 1)
        into v_total
        using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
              p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
              v_total, p_limit, p_offset;
    end if;
    if v_total is null or v_total <= count_cap then
      execute format('select count(*) from (select 1 from public.listings l where %s limit %s) c',
                     v_in_radius, count_cap + 1)
        into v_total
        using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
              p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
              v_total, p_limit, p_offset;
    end if;
    if v_total = 0 then
      return;
    end if;

    if p_sort = 'distance' and v_geo then
      -- How far the page reaches on the map (see above).
      execute format('select count(*), max(n.d) * 1.1
                        from (select %s <-> %s as d from public.listings l where %s order by 1 limit $13) n',
                     v_point, v_centre, v_where)
        into v_nearest, v_reach
        using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
              p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
              v_total, p_limit, p_offset;
      -- That circle well inside the radius (or no radius): the radius test holds for all of it.
      if v_nearest = v_n and (not v_radius or (v_inner is not null and v_reach <= p_max_km * 0.95)) then
        v_in_radius := v_where || format(' and %s <@ circle(%s, $14)', v_point, v_centre);
      end if;
      v_order := 'distance_km, l.created_at desc, l.id';
    elsif p_sort = 'needed_by' then
      v_order := 'l.ends_on asc nulls last, l.created_at desc, l.id';
    else
      v_order := 'l.created_at desc, l.id';
    end if;
    return query execute format(
      'select l.id, %s as distance_km, 0::real, $19 from public.listings l where %s order by %s limit $20 offset $21',
      case when v_geo then v_dist else 'null::double precision' end, v_in_radius, v_order)
      using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
            p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
            v_total, p_limit, p_offset;
    return;
  end if;

  perform set_config('enable_seqscan', 'off', true);
  select q.words, q.any_words into v_tsq, v_any from private.listing_search_queries(v_q) q;
  v_first := v_tsq;
  -- Every word, no trigram: the common case, checked below only when it finds fewer than 20.
  v_found := case when v_tsq is null then 0 else 20 end;
  loop
    if v_tsq is not null and v_found >= 20 and not v_radius then
      -- Words without a radius: the index on the words leads, the filters only filter. At most
      -- 201 matches: the count stops there, and past it the page is walked (below).
      with m as materialized (
        select
          l.id,
          l.created_at,
          l.ends_on,
          case when v_geo then
            2 * 6371.0088 * asin(least(1, sqrt(
              power(sin(radians(l.latitude - p_lat) / 2), 2)
              + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)
            )))
          end as distance_km,
          case when l.title_vector @@ v_tsq then 1::real else 0.5::real end as score
        from public.listings l
        where l.search_vector @@ v_tsq
          and l.open_until >= v_today
          and (p_municipality is null or l.municipality_id = p_municipality)
          and (p_kind is null or l.kind = p_kind)
          and (p_categories is null or cardinality(p_categories) = 0 or l.category = any (p_categories))
          and (p_place is null or l.place = p_place)
          and (p_organisation is null or l.organisation_id = p_organisation)
          and (p_organisation_kind is null or exists (
                select 1 from public.organisations o where o.id = l.organisation_id and o.kind = p_organisation_kind))
          and (p_active_on is null or ((l.ends_on is null or l.ends_on >= p_active_on)
                                       and (l.available_from is null or l.available_from <= p_active_on)))
          and (p_created_since is null or l.created_at >= p_created_since)
        limit count_cap + 1
      ),
      p as (
        select m.*
          from m
         order by
           case when p_sort = 'relevance' then m.score end desc,
           case when p_sort = 'distance' then m.distance_km end asc nulls last,
           case when p_sort = 'needed_by' then m.ends_on end asc nulls last,
           m.created_at desc,
           m.id
         limit p_limit offset p_offset
      ),
      ordered as (
        select p.*, row_number() over (
                 order by
                   case when p_sort = 'relevance' then p.score end desc,
                   case when p_sort = 'distance' then p.distance_km end asc nulls last,
                   case when p_sort = 'needed_by' then p.ends_on end asc nulls last,
                   p.created_at desc,
                   p.id) as pos
          from p
      )
      select array_agg(o.id order by o.pos), array_agg(o.distance_km order by o.pos),
             array_agg(o.score order by o.pos), (select count(*) from m),
             (select count(*) from m where m.score = 1)
        into v_ids, v_distances, v_scores, v_total, v_title_found
        from ordered o;

      -- Past the cap, the page above came from the first 201 matches found, not from all.
      if v_total > count_cap then
        if p_sort in ('newest', 'relevance') and p_municipality is not null and not v_geo
           and p_place is null and p_organisation is null and p_organisation_kind is null
           and p_active_on is null and p_created_since is null then
          -- Newest first from the index (an explicit sort would need every match first).
          perform set_config('enable_bitmapscan', 'off', true);
          perform set_config('enable_sort', 'off', true);
          v_walked := '{}';
          if p_sort = 'relevance' and v_title_found * 10 >= count_cap then
            -- Relevance, and at least one in ten matches has the words in the title: those
            -- first, walked newest first as far as the page reaches, from the index alone.
            select coalesce(array_agg(w.id order by w.created_at desc, w.id), '{}') into v_walked
              from (select l.id, l.created_at from public.listings l
                     where l.open_until >= v_today and l.municipality_id = p_municipality
                       and l.kind = any (v_kinds) and l.category = any (v_categories)
                       and l.title_vector @@ v_tsq
                     order by l.created_at desc, l.id
                     limit v_n) w;
          elsif p_sort = 'relevance' then
            -- Few titles have the words: found through the index on the titles' words, sorted
            -- (the planner, not knowing how few, would walk the newest-first index instead).
            perform set_config('enable_bitmapscan', 'on', true);
            perform set_config('enable_sort', 'on', true);
            perform set_config('enable_indexscan', 'off', true);
            perform set_config('enable_indexonlyscan', 'off', true);
            select coalesce(array_agg(w.id order by w.created_at desc, w.id), '{}') into v_walked
              from (select l.id, l.created_at from public.listings l
                     where l.title_vector @@ v_tsq
                       and l.open_until >= v_today and l.municipality_id = p_municipality
                       and l.kind = any (v_kinds) and l.category = any (v_categories)
                     order by l.created_at desc, l.id
                     limit v_n) w;
            perform set_config('enable_bitmapscan', 'off', true);
            perform set_config('enable_sort', 'off', true);
            perform set_config('enable_indexscan', 'on', true);
            perform set_config('enable_indexonlyscan', 'on', true);
          end if;
          -- Then the other matches (for newest: all of them), as far as the page still reaches.
          if cardinality(v_walked) < v_n then
            select v_walked || coalesce(array_agg(w.id order by w.created_at desc, w.id), '{}') into v_walked
              from (select l.id, l.created_at from public.listings l
                     where l.open_until >= v_today and l.municipality_id = p_municipality
                       and l.kind = any (v_kinds) and l.category = any (v_categories)
                       and l.search_vector @@ v_tsq
                       and (p_sort = 'newest' or not l.title_vector @@ v_tsq)
                     order by l.created_at desc, l.id
                     limit v_n - cardinality(v_walked)) w;
          end if;
          v_ids := v_walked[p_offset + 1 : v_n];
          select array_agg(case when l.title_vector @@ v_tsq then 1::real else 0.5::real end order by u.pos)
            into v_scores
            from unnest(v_ids) with ordinality as u (id, pos)
            join public.listings l on l.id = u.id;
          v_distances := array_fill(null::double precision, array[cardinality(v_ids)]);
        else
          -- Other sorts past the cap (rare): every match.
          execute format(
            'with m as materialized (
               select l.id, l.created_at, l.ends_on, %s as distance_km, %s as score
                 from public.listings l
                where l.search_vector @@ $18 and %s
             ),
             p as (select m.* from m order by %5$s limit $20 offset $21)
             select array_agg(m.id order by %5$s), array_agg(m.distance_km order by %5$s),
                    array_agg(m.score order by %5$s)
               from p m',
            case when v_geo then v_dist else 'null::double precision' end,
            v_word_score,
            v_in_radius,
            null,
            case p_sort
              when 'relevance' then 'm.score desc, m.created_at desc, m.id'
              when 'distance' then 'm.distance_km asc nulls last, m.created_at desc, m.id'
              when 'needed_by' then 'm.ends_on asc nulls last, m.created_at desc, m.id'
              else 'm.created_at desc, m.id' end)
            into v_ids, v_distances, v_scores
            using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
                  p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
                  v_total, p_limit, p_offset;
        end if;
      end if;
    else
      execute format(
        'with m as materialized (
           select l.id, l.created_at, l.ends_on, %s as distance_km, %s as score
             from public.listings l
            where %s and %s
         ),
         p as (select m.* from m order by %5$s limit $20 offset $21)
         select array_agg(m.id order by %5$s), array_agg(m.distance_km order by %5$s),
                array_agg(m.score order by %5$s), (select count(*) from m)
           from p m',
        case when v_geo then v_dist else 'null::double precision' end,
        case when v_tsq is null then '(0.5 * extensions.word_similarity($15, l.title))::real'
             when v_found < 20 then format('case when l.search_vector @@ $18 then %s
                                     else (0.5 * extensions.word_similarity($15, l.title))::real end', v_word_score)
             else v_word_score end,
        case when v_tsq is null then '$15 operator(extensions.<%) l.title'
             when v_found < 20 then '(l.search_vector @@ $18 or $15 operator(extensions.<%) l.title)'
             else 'l.search_vector @@ $18' end,
        v_in_radius,
        case p_sort
          when 'relevance' then 'm.score desc, m.created_at desc, m.id'
          when 'distance' then 'm.distance_km asc nulls last, m.created_at desc, m.id'
          when 'needed_by' then 'm.ends_on asc nulls last, m.created_at desc, m.id'
          else 'm.created_at desc, m.id' end)
        into v_ids, v_distances, v_scores, v_total
        using v_today, p_municipality, p_kind, p_categories, p_place, p_organisation, p_organisation_kind,
              p_active_on, p_created_since, p_lat, p_lon, p_max_km, v_n, v_reach, v_q, v_dlat, v_dlon, v_tsq,
              v_total, p_limit, p_offset;
    end if;
    -- 20 open matches mean at least 20 matches and an open one: nothing left to decide.
    exit when v_checked or v_total >= 20 or v_tsq is null or v_found < 20;
    v_checked := true;
    select count(*), coalesce(bool_or(m.open), false) into v_found, v_has_open
      from (select l.state = 'open' as open from public.listings l where l.search_vector @@ v_tsq limit 20) m;
    if v_total = 0 and not v_has_open and v_found = 20 then
      v_has_open := exists (select 1 from public.listings l where l.search_vector @@ v_tsq and l.state = 'open');
    end if;
    if v_total = 0 and not v_has_open then
      if v_any is distinct from v_tsq then
        v_tsq := v_any;
        select count(*) into v_found
          from (select 1 from public.listings l where l.search_vector @@ v_tsq limit 20) m;
      end if;
    end if;
    -- Still every word and 20 matches in all: the first answer stands.
    exit when v_tsq is not distinct from v_first and v_found >= 20;
  end loop;
  return query select u.id, u.distance_km, u.score, v_total
    from unnest(v_ids, v_distances, v_scores) as u (id, distance_km, score);
end
$$;

-- As in 20261129000600_faster_search.sql, with the marketplace's count capped at 200 instead of
-- 1,000: the page says "200+" and pages on (a next page while pages are full), and a search
-- with thousands of matches reads 201 of them to count instead of 1,001, which was most of
-- its cost. The general path (members' listings in other states) still counts to 1,000.
-- Browse and search in one call. Security invoker: RLS decides which rows a caller may see,
-- so anonymous visitors get open listings only. Returns only what the list page shows, with
-- total_count (the same on every row, at most 200; total_is_capped then says so). Only open
-- listings (the public marketplace, what visitors and list pages ask for): open_listing_page
-- finds the page and the count, and the rows are read here by id through RLS. Anything else:
-- the general path. Both statements here plan alike on every call, so the plans are kept.
create or replace function public.search_listings(
  p_query text default null,
  p_municipality uuid default null,
  p_kind public.listing_kind default null,
  p_categories public.listing_category[] default null,
  p_place text default null,
  p_lat double precision default null,
  p_lon double precision default null,
  p_max_km double precision default null,
  p_organisation_kind public.organisation_kind default null,
  p_organisation uuid default null,
  p_states public.listing_state[] default array['open']::public.listing_state[],
  p_active_on date default null,
  p_created_since timestamptz default null,
  p_sort text default 'relevance',
  p_limit integer default 20,
  p_offset integer default 0
) returns table (
  id uuid,
  kind public.listing_kind,
  state public.listing_state,
  category public.listing_category,
  title text,
  excerpt text,
  amount text,
  place text,
  ends_on date,
  created_at timestamptz,
  organisation_id uuid,
  organisation_name text,
  organisation_slug text,
  organisation_kind public.organisation_kind,
  distance_km double precision,
  rank real,
  total_count bigint,
  total_is_capped boolean
)
language plpgsql stable security invoker
set search_path = ''
set plan_cache_mode = force_generic_plan
-- A page of ids is joined by primary key; hashing all listings instead never pays.
set enable_hashjoin = off
set enable_mergejoin = off
as $$
#variable_conflict use_column
declare
  count_cap constant integer := 200;
  v_states public.listing_state[] := coalesce(nullif(p_states, '{}'), array['open']::public.listing_state[]);
begin
  -- open_listing_page's distance bound holds for a centre inside the Netherlands' box only.
  if v_states = array['open']::public.listing_state[]
     and (p_lat is null or p_lon is null or (p_lat between 50.5 and 53.8 and p_lon between 3.2 and 7.4)) then
    return query
    select
      l.id,
      l.kind,
      l.state,
      l.category,
      l.title,
      -- Whitespace runs become one space. Finding out that there is nothing to replace (no run
      -- longer than one space, no other whitespace) costs a fifth of the replacing.
      left(case when l.description ~ '\s\s|(?=\s)[^ ]' then regexp_replace(l.description, '\s+', ' ', 'g')
                else l.description end, 240),
      l.amount,
      l.place,
      l.ends_on,
      l.created_at,
      l.organisation_id,
      o.name,
      o.slug,
      o.kind,
      p.distance_km,
      p.score,
      least(p.total, count_cap),
      p.total > count_cap
    from private.open_listing_page(
      p_query, p_municipality, p_kind, p_categories, p_place, p_lat, p_lon, p_max_km, p_organisation_kind,
      p_organisation, p_active_on, p_created_since, p_sort,
      least(greatest(coalesce(p_limit, 20), 1), 100), greatest(coalesce(p_offset, 0), 0)
    ) with ordinality p
    join public.listings l on l.id = p.id
    join public.organisations o on o.id = l.organisation_id
    order by p.ordinality;
  else
    return query
    select * from private.search_listings_general(
      p_query, p_municipality, p_kind, p_categories, p_place, p_lat, p_lon, p_max_km, p_organisation_kind,
      p_organisation, p_states, p_active_on, p_created_since, p_sort, p_limit, p_offset
    );
  end if;
end
$$;

revoke execute on function private.listing_search_queries(text) from public;
grant execute on function private.listing_search_queries(text) to anon, authenticated, service_role;
