-- Cheaper search and browse: public.search_listings gives the same answers, but the public
-- marketplace (open listings only, which is what every visitor and list page asks for) no
-- longer pays for RLS on every candidate row, for counting through it, or for measuring and
-- sorting every listing in a radius. Depends on 20261128000200_create_listings.sql.

-- Indexes for the marketplace (open_until is not null only for open listings) ---------------

-- The newest page reads in index order and stops after it: id, the last tie-break of every
-- sort, is a key, so no sort step is left. The included columns let a vacuumed table answer
-- the common filters from the index alone.
create index if not exists listings_open_newest_idx
  on public.listings (municipality_id, created_at desc, id)
  include (kind, category, open_until)
  where open_until is not null;
-- Replaced by the index above (same leading columns).
drop index if exists public.listings_open_idx;

-- The capped count reads up to 1,001 listings: with kind and category as keys it reads only
-- those that match, instead of every listing of the municipality until enough do.
create index if not exists listings_open_kind_idx
  on public.listings (municipality_id, kind, category)
  include (open_until)
  where open_until is not null;

-- Nearest first without PostGIS: the coordinates projected onto a flat map in km (a degree of
-- latitude is 111.2 km, one of longitude 68.2 km at 52.15°N, the middle of the country), so
-- that a GiST index hands out listings nearest first (<->) and a circle (<@) bounds a radius.
-- Between two points inside the Netherlands' box (the table's check on latitude and
-- longitude) the map distance is 0.964 to 1.039 times the true (haversine) distance, which
-- open_listing_page relies on. The expression must stay identical in the queries. With the
-- coordinates included, a vacuumed table counts a radius from the index alone.
-- The list pages filter by municipality and kind (and often category) as well: included, so
-- that the nearest-first scan and the count test them in the index (6.1 -> 5.0 ms per call).
create index if not exists listings_open_point_idx
  on public.listings using gist (point(longitude * 68.2, latitude * 111.2))
  include (open_until, latitude, longitude, municipality_id, kind, category)
  where open_until is not null;

-- The marketplace without RLS ----------------------------------------------------------------

-- Open listings that have not run out (open_until >= today) are public to every caller, so
-- RLS decides nothing for them, yet it cost: the planner may not use an index for an operator
-- that is not leakproof (@@, <%, <->, <@, enum equality) before the policy's test, and every
-- match was read twice, once to be matched and once through RLS to be counted. This helper
-- applies exactly that test itself and returns only the page's ids in order, with distance,
-- score and the count; search_listings reads those rows by id, through RLS as the caller.
-- Plans: the most common calls (a list page as it opens, a search by words) are fixed
-- statements whose plans are kept. Any other call is put together from the filters given, so
-- that each query plans as cheaply as it runs (the one query with every optional filter cost
-- more to plan than to run). That SQL comes from fixed fragments; every value is a parameter
-- ($1 to $21, in the order of the using lists), never part of the text.
-- Words: decided as listing_text_matches does, on all listings: every word (AND) unless no
-- open listing has them all, then any word (OR); titles by trigram only when fewer than 20
-- listings match the words. Twenty open matches settle both, so the checks run only below
-- that; the match and its ranking run over the open listings with the filters.
-- Radius: the same bounding box and haversine test as the general path, inside a map circle
-- 1.05 times the radius (the index). Listings within 0.95 times the radius on the map are
-- inside the box and the radius for certain: they skip the haversine, and once 1,001 of them
-- are found the capped count needs nothing else.
-- Distance order: the farthest of the v_n listings nearest on the map (GiST, <->) is at most
-- 1/0.964 times as far in truth, and nothing that near in truth is more than 1.039 times as
-- far on the map, so 1.1 times its map distance bounds the page. If that circle lies within
-- 0.95 times the radius (or there is no radius), only the listings in it are measured and
-- sorted; otherwise all listings in the radius are.
-- Bitmap scans are off for the other browsing queries: the planner takes any circle for a
-- thousandth of the table and would collect all of it before reading the nearest, where an
-- index scan in order stops. Seq scans are off while searching, as in listing_text_matches.
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
rows 20
as $$
#variable_conflict use_column
declare
  count_cap constant integer := 1000;
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
  -- The same expressions as listings_open_point_idx and the general path's distance.
  v_point constant text := 'point(l.longitude * 68.2, l.latitude * 111.2)';
  v_centre constant text := 'point($11 * 68.2, $10 * 111.2)';
  v_dist constant text := '2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(l.latitude - $10) / 2), 2)
      + cos(radians($10)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $11) / 2), 2))))';
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

  if v_q is null then
    perform set_config('enable_bitmapscan', 'off', true);
    -- The capped count; the full radius test only when fewer than 1,001 are well inside.
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
  v_tsq := private.listing_search_query(v_q, true);
  v_first := v_tsq;
  -- Every word, no trigram: the common case, checked below only when it finds fewer than 20.
  v_found := case when v_tsq is null then 0 else 20 end;
  loop
    if v_tsq is not null and v_found >= 20 and not v_radius then
      -- Words without a radius: the index on the words leads, the filters only filter.
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
          ts_rank('{0.1, 0.2, 0.4, 1.0}', l.search_vector, v_tsq, 1) as score
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
             array_agg(o.score order by o.pos), (select count(*) from m)
        into v_ids, v_distances, v_scores, v_total
        from ordered o;
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
             when v_found < 20 then 'case when l.search_vector @@ $18 then ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $18, 1)
                                     else (0.5 * extensions.word_similarity($15, l.title))::real end'
             else 'ts_rank(''{0.1, 0.2, 0.4, 1.0}'', l.search_vector, $18, 1)' end,
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
      v_any := private.listing_search_query(v_q, false);
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

-- The general path is search_listings as it was (20261128000200_create_listings.sql explains
-- it), moved aside rather than copied: for any other states (members' drafts, paused and
-- closed listings, all through RLS) and for a centre outside the Netherlands' box.
alter function public.search_listings(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) rename to search_listings_general;
alter function public.search_listings_general(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) set schema private;

-- Browse and search in one call. Security invoker: RLS decides which rows a caller may see,
-- so anonymous visitors get open listings only. Returns only what the list page shows, with
-- total_count (the same on every row, at most 1,000; total_is_capped then says so). Only open
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
  count_cap constant integer := 1000;
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

-- As in the listings migration: private helpers are callable by the API roles only.
revoke execute on function private.open_listing_page(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, date, timestamptz, text, integer, integer
) from public;
grant execute on function private.open_listing_page(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, date, timestamptz, text, integer, integer
) to anon, authenticated, service_role;
revoke execute on function private.search_listings_general(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) from public;
grant execute on function private.search_listings_general(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) to anon, authenticated, service_role;
