-- Search and browse: the marketplace's indexes, the word list for typo correction, the
-- search words as a tsquery, and search_listings with its two paths: open_listing_page for
-- the public marketplace (open listings, no RLS per row) and search_listings_general for
-- everything else (members' drafts, other states, through RLS).
--
-- Relevance, in both paths: listings with every search word in the title first, then the
-- other matches, newest first within each (then id). It replaced ts_rank, which had to be
-- computed for every match before the first page could be sorted (834 matches for a common
-- word on 10,000 listings, 5,000 for "vrijwilligers", the ranking alone about half of the
-- search), while an order by title, then date lets the page be read newest first from an
-- index and stop after it. For people searching a marketplace of short listings this is what
-- they expect: what the title promises first, the newest of that first.
-- When no listing has every word (the any-word fallback), the same with any word: a word in
-- the title first. Scores (search_listings.rank): 1 for the title, 0.5 for the other word
-- matches; a title found by trigram alone keeps 0.5 times its word similarity, so it comes
-- after the word matches.

-- Indexes for the marketplace (open_until is not null only for open listings) ---------------

-- The newest page reads in index order and stops after it: id, the last tie-break of every
-- sort, is a key, so no sort step is left. The included columns let a vacuumed table answer
-- the common filters from the index alone, and the title's words let a search be walked
-- newest first.
create index listings_open_newest_idx
  on public.listings (municipality_id, created_at desc, id)
  include (kind, category, open_until, title_vector)
  where open_until is not null;

-- The capped count reads up to 1,001 listings: with kind and category as keys it reads only
-- those that match, instead of every listing of the municipality until enough do.
create index listings_open_kind_idx
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
-- With created_at and id included, a page by distance reads no listing rows (many listings
-- share their village's coordinates, and a plain index scan fetched every listing at the
-- centre to keep one kind of them).
create index listings_open_point_idx
  on public.listings using gist (point(longitude * 68.2, latitude * 111.2))
  include (open_until, latitude, longitude, municipality_id, kind, category, created_at, id)
  where open_until is not null;

-- For the few listings with every word in the title among thousands of matches.
create index listings_open_title_words_idx
  on public.listings using gin (title_vector)
  where open_until is not null;

-- Words -------------------------------------------------------------------------------------

-- The words of all listings, for typo correction: a query word that appears nowhere is
-- replaced by the closest known words (trigram similarity), which then go through the
-- Dutch stemmer like any other word. Private: it holds words from drafts as well, so only
-- the security-definer helper below reads it, and it returns a tsquery, never the words.
create table private.search_words (
  word text primary key check (char_length(word) between 3 and 40)
);
create index search_words_trgm_idx on private.search_words using gin (word extensions.gin_trgm_ops);

create or replace function private.collect_search_words() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- In word order: two listings saved at once that share new words then take the words'
  -- index locks in the same order, instead of deadlocking (seen with concurrent inserts).
  insert into private.search_words (word)
  select distinct w
    from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, new.title || ' ' || new.description))) as w
   where char_length(w) between 3 and 40 and w !~ '^[0-9]'
   order by w
  on conflict do nothing;
  return null;
end
$$;
create trigger listings_collect_words after insert or update of title, description on public.listings
  for each row execute function private.collect_search_words();

-- Turns what a user typed into two tsqueries, in one pass over the words: every word must
-- match (words, AND) or any word (any_words, OR, the fallback when nothing has every word).
-- A word matches through its Dutch stem ("laptops" → laptop), as the start of a compound
-- ("schilderen" → schilder:* → schilderwerk) or through a similar known word ("computr" →
-- computer, "bakkerij" → bakker). Null for an empty query.
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

-- The words alone, for callers that do not rank.
create or replace function private.listing_search_query(p_query text, p_all boolean default true) returns tsquery
language sql stable security definer
set search_path = ''
as $$
  select case when p_all then q.words else q.any_words end from private.listing_search_queries(p_query) q
$$;

-- "Bedoelde je ...?" ----------------------------------------------------------------------------

-- For a search that found nothing or little: the query with each unknown word (not in the word
-- list) replaced by the closest known word, or null when there is nothing to correct.
-- "webiste" is 0.33 similar to "website", below the 0.45 at which the search itself swaps
-- words: a suggestion the user chooses may be looser (0.3). Of the close words, one that open
-- listings use (more of them first, within a similarity band of 0.1) is suggested, so that a
-- suggestion finds something and the word list's words from drafts are never shown. The
-- words keep the user's order; at most 8, from the first 200 characters, as the search.
-- pg_trgm's operators are costed as cheap, so the planner scanned every word of the list for
-- the close ones (54 ms of 80 for 13,500 words) instead of using the trigram index: seqscan is
-- off here only, as in listing_text_matches.
create or replace function public.suggest_search(p_query text, p_municipality uuid default null)
returns text
language plpgsql stable security definer
set search_path = ''
set enable_seqscan = off
as $$
declare
  w text;
  best text;
  changed boolean := false;
  result text[] := '{}';
begin
  for w in
    select t.word
      from regexp_split_to_table(lower(left(coalesce(p_query, ''), 200)), '[^[:alnum:]]+')
           with ordinality as t (word, n)
     where t.word <> ''
     order by t.n
     limit 8
  loop
    best := null;
    if char_length(w) between 4 and 40 and w !~ '^[0-9]'
       and not exists (select 1 from private.search_words s where s.word = w) then
      select c.word into best
        from (select s.word, extensions.similarity(s.word, w) as sim
                from private.search_words s
               where s.word operator(extensions.%) w
               order by s.word operator(extensions.<->) w
               limit 8) c
        cross join lateral (
          select count(*) as n
            from (select 1 from public.listings l
                   where l.open_until >= private.today()
                     and (p_municipality is null or l.municipality_id = p_municipality)
                     and l.search_vector @@ to_tsquery('dutch'::regconfig, quote_literal(c.word))
                   limit 100) o
        ) f
       where c.sim >= 0.3 and f.n > 0
       order by round(c.sim::numeric, 1) desc, f.n desc, c.sim desc, c.word
       limit 1;
    end if;
    changed := changed or best is not null;
    result := result || coalesce(best, w);
  end loop;
  return case when changed then array_to_string(result, ' ') end;
end
$$;
revoke execute on function public.suggest_search(text, uuid) from public;
grant execute on function public.suggest_search(text, uuid) to anon, authenticated, service_role;
comment on function public.suggest_search(text, uuid) is
  'The search with unknown words replaced by the closest words of open listings ("Bedoelde je ...?"), or null.
advisor: anon may execute: the word list is private (it holds words from drafts); the function returns only words that open, public listings use.
advisor: authenticated may execute: as anon.';

-- Relevance ----------------------------------------------------------------------------------

-- The relevance rule above, written once for both paths: a word match scores 1 when the title
-- has the words and 0.5 otherwise; a title found by trigram alone scores half its word
-- similarity, below every word match. (The marketplace's walk past the count cap follows the
-- same rule by reading title matches first.) Plain SQL expressions without settings, so that
-- the planner inlines them into the queries instead of calling a function per match.
create or replace function private.listing_word_score(p_title_vector tsvector, p_words tsquery) returns real
language sql immutable parallel safe
return case when p_title_vector @@ p_words then 1::real else 0.5::real end;

create or replace function private.listing_trigram_score(p_query text, p_title text) returns real
language sql stable parallel safe
return (0.5 * extensions.word_similarity(p_query, p_title))::real;

-- The general path ----------------------------------------------------------------------------

-- Under RLS PostgreSQL may not use an index for an operator that is not leakproof (@@ and
-- pg_trgm's <% are not), which turned every search into a scan of all listings. So the text
-- match runs here, without RLS: one pass over the GIN index that also scores each match
-- (the relevance above). It hands back only ids and scores, best first (score, then newest,
-- then id); search_listings_general reads those rows through RLS as the caller, so hidden
-- listings are never returned or counted for them, and in this order it reads only as far as
-- the page and the capped count.
-- Every word must match (AND), unless no open listing has them all: then any word will do
-- (OR). The AND pass itself tells whether an open listing is among its matches (a separate
-- EXISTS scanned every listing when none was).
-- The title trigram fallback runs only when the words found fewer than 20 listings: it is
-- for titles with a typo the word list did not fix, and it is the costliest step. pg_trgm's
-- operators are costed as cheap, so the planner prefers a scan of every title over the
-- trigram index (265 ms against 8 ms on 10,000 listings); enable_seqscan is off here only.
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
      from (select l.id, private.listing_word_score(l.title_vector, v_tsq) as score,
                   l.state = 'open' as open
              from public.listings l
             where l.search_vector @@ v_tsq
             order by 2 desc, l.created_at desc, l.id) m;
    if not v_has_open then
      -- One word: OR is the same query, and it found nothing open either.
      if v_any is distinct from v_tsq then
        select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
          into ids, scores
          from (select l.id, private.listing_word_score(l.title_vector, v_any) as score
                  from public.listings l
                 where l.search_vector @@ v_any
                 order by 2 desc, l.created_at desc, l.id) m;
      end if;
    end if;
  end if;
  if cardinality(ids) < 20 then
    select coalesce(array_agg(m.id), '{}'), coalesce(array_agg(m.score), '{}')
      into ids, scores
      from (select l.id, coalesce(t.score, private.listing_trigram_score(p_q, l.title)) as score
              from public.listings l
              left join unnest(ids, scores) as t (id, score) on t.id = l.id
             where l.id = any (ids) or p_q operator(extensions.<%) l.title
             order by 2 desc, l.created_at desc, l.id) m;
  end if;
end
$$;

-- Any states (members' drafts, paused and closed listings, all through RLS), and the
-- marketplace for a centre outside the Netherlands' box: search_listings calls this for what
-- open_listing_page does not answer. Security invoker: RLS decides which rows a caller may
-- see. The count stops at 1,000 (total_is_capped then says so): an exact count read every
-- match, which cost more than the page itself.
-- A search by relevance walks the matcher's ranked ids: a primary-key lookup per id, through
-- RLS, until the page is full, and again until the count reaches the cap (a count(*) over ()
-- window instead cost more than that second walk, and for distance more than a second scan).
-- PL/pgSQL with custom plans, so that the filters a caller leaves empty fold away and the
-- GIN and btree indexes can be used. Hash and merge joins are off: the planner, guessing how
-- many rows RLS lets through, hashed all 10,000 listings to count 834 matches, at twice the
-- cost of looking each match up by primary key; the other joins here are nested loops anyway.
create or replace function private.search_listings_general(
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
set plan_cache_mode = force_custom_plan
set enable_hashjoin = off
set enable_mergejoin = off
as $$
#variable_conflict use_column
declare
  count_cap constant integer := 1000;
  v_q text := nullif(btrim(left(p_query, 200)), '');
  v_ids uuid[];
  v_scores real[];
  v_today date := private.today();
  v_states public.listing_state[] := coalesce(nullif(p_states, '{}'), array['open']::public.listing_state[]);
  v_open_only boolean := v_states = array['open']::public.listing_state[];
  v_geo boolean := p_lat is not null and p_lon is not null;
  v_radius boolean := p_lat is not null and p_lon is not null and p_max_km is not null;
  -- A degree of latitude is ~111.2 km; a degree of longitude shrinks with cos(latitude).
  v_dlat double precision := p_max_km / 111.2;
  v_dlon double precision := p_max_km / (111.2 * cos(radians(coalesce(p_lat, 52))));
  v_limit integer := least(greatest(coalesce(p_limit, 20), 1), 100);
  v_offset integer := greatest(coalesce(p_offset, 0), 0);
begin
  if v_q is not null then
    select m.ids, m.scores into v_ids, v_scores from private.listing_text_matches(v_q) m;
  end if;

  return query
  with matches as not materialized (
    select
      l.id as lid,
      l.created_at as created,
      l.ends_on as ends,
      case when v_geo then
        2 * 6371.0088 * asin(least(1, sqrt(
          power(sin(radians(l.latitude - p_lat) / 2), 2)
          + cos(radians(p_lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p_lon) / 2), 2)
        )))
      end as dist,
      coalesce(t.score, 0) as score,
      t.pos
    from public.listings l
    -- The matches, best first. Browsing joins nothing (the condition folds to false), which
    -- keeps the index order and costs no lookup per listing.
    left join unnest(v_ids, v_scores) with ordinality as t (tid, score, pos) on v_q is not null and t.tid = l.id
    -- The marketplace (open only) is one leakproof date test that an index can serve under
    -- RLS. Otherwise, past their end date, open and paused listings count as expired until
    -- the job runs. With custom plans the branch that does not apply folds away.
    where (not v_open_only or l.open_until >= v_today)
      and (v_open_only or (
            l.state = any (v_states || array['open', 'paused']::public.listing_state[])
            and case when l.state in ('open', 'paused') and l.ends_on < v_today
                     then 'expired' = any (v_states)
                     else l.state = any (v_states) end))
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
      -- A bounding box first (listings_latlon_idx), the exact distance only for what is in it.
      and (not v_radius or (l.latitude between p_lat - v_dlat and p_lat + v_dlat
                            and l.longitude between p_lon - v_dlon and p_lon + v_dlon))
      and (v_q is null or t.tid is not null)
  ),
  counted as (
    select count(*) as n
      from (select 1 from matches m where not v_radius or m.dist <= p_max_km limit count_cap + 1) c
  ),
  page as (
    select m.*
    from matches m
    where not v_radius or m.dist <= p_max_km
    order by
      case when p_sort = 'relevance' and v_q is not null then m.pos end asc nulls last,
      case when p_sort = 'distance' then m.dist end asc nulls last,
      case when p_sort = 'needed_by' then m.ends end asc nulls last,
      m.created desc,
      m.lid
    limit v_limit offset v_offset
  )
  select
    l.id,
    l.kind,
    case when l.state in ('open', 'paused') and l.ends_on < v_today then 'expired'::public.listing_state else l.state end,
    l.category,
    l.title,
    left(regexp_replace(l.description, '\s+', ' ', 'g'), 240),
    l.amount,
    l.place,
    l.ends_on,
    l.created_at,
    l.organisation_id,
    o.name,
    o.slug,
    o.kind,
    p.dist,
    p.score,
    least(c.n, count_cap),
    c.n > count_cap
  from page p
  cross join counted c
  join public.listings l on l.id = p.lid
  join public.organisations o on o.id = l.organisation_id
  order by
    case when p_sort = 'relevance' and v_q is not null then p.pos end asc nulls last,
    case when p_sort = 'distance' then p.dist end asc nulls last,
    case when p_sort = 'needed_by' then p.ends end asc nulls last,
    p.created desc,
    p.lid;
end
$$;

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
-- The count is capped at 200 (see search_listings below). Words without a radius, which is
-- what a search from the list page is: one pass collects up to 201 matches (the capped count) with their title test. Up to 200 that is every match, and the
-- page is sorted from them. Past 200, the page for relevance or newest is read newest first
-- from listings_open_newest_idx instead of fetching thousands of matches: the listings with
-- every word in the title as far as the page reaches, then, if the page reaches further, the
-- other matches. Title matches that are rare among the first 201 (under one in ten) are
-- found through listings_open_title_words_idx instead, as a walk would pass many listings
-- for each. Other sorts past the cap, and searches with filters beyond kind and category,
-- read every match.
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
  -- A word match's score (the relevance rule at the top of this file).
  v_word_score constant text := 'private.listing_word_score(l.title_vector, $18)';
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
          private.listing_word_score(l.title_vector, v_tsq) as score
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
          select array_agg(private.listing_word_score(l.title_vector, v_tsq) order by u.pos)
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
        case when v_tsq is null then 'private.listing_trigram_score($15, l.title)'
             when v_found < 20 then format('case when l.search_vector @@ $18 then %s
                                     else private.listing_trigram_score($15, l.title) end', v_word_score)
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

-- The one entry point -------------------------------------------------------------------------

-- Browse and search in one call. Security invoker: RLS decides which rows a caller may see,
-- so anonymous visitors get open listings only. Returns only what the list page shows, with
-- total_count (the same on every row, at most 200; total_is_capped then says so: the page
-- says "200+" and pages on, and a search with thousands of matches reads 201 of them to count
-- instead of 1,001, which was most of its cost; the general path still counts to 1,000).
-- Only open listings (the public marketplace, what visitors and list pages ask for):
-- open_listing_page finds the page and the count, and the rows are read here by id through
-- RLS. Anything else: the general path. Both statements here plan alike on every call, so the plans are kept.
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

-- Organisations with a similar name --------------------------------------------------------

-- The name as people mean it: case, spaces and punctuation do not count ("Regge-ICT" is
-- "regge ict").
create or replace function private.organisation_name_key(p_name text) returns text
language sql immutable parallel safe
return regexp_replace(lower(coalesce(p_name, '')), '[^[:alnum:]]+', '', 'g');

-- Before founding an organisation: the organisations of the municipality that may be the same
-- one, so that the founder can ask to join instead of registering it twice. The same KvK
-- number, the same name apart from case, spaces and punctuation, or a name that is trigram
-- similar (0.6: "Regge ICT B.V." for "Regge ICT", not "Regge Sport"). Security invoker:
-- organisation profiles are public anyway.
create or replace function public.similar_organisations(
  p_municipality uuid, p_name text, p_kvk_number text default null
) returns table (id uuid, name text, slug text, same_kvk_number boolean, same_name boolean)
language sql stable
set search_path = ''
as $$
  select o.id, o.name, o.slug,
         coalesce(o.kvk_number = p_kvk_number, false),
         private.organisation_name_key(o.name) = private.organisation_name_key(p_name)
    from public.organisations o
   where o.municipality_id = p_municipality
     and o.kind <> 'municipality'
     and (o.kvk_number = p_kvk_number
          or private.organisation_name_key(o.name) = private.organisation_name_key(p_name)
          or extensions.similarity(lower(o.name), lower(coalesce(p_name, ''))) >= 0.6)
   order by 4 desc, 5 desc, extensions.similarity(lower(o.name), lower(coalesce(p_name, ''))) desc, o.name
   limit 5
$$;
comment on function public.similar_organisations(uuid, text, text) is
  'Organisations of a municipality with the same KvK number, the same name apart from case, spaces and punctuation, or a similar name: warned about before founding another.';
revoke execute on function public.similar_organisations(uuid, text, text) from public;
grant execute on function public.similar_organisations(uuid, text, text) to anon, authenticated, service_role;

-- Private helpers are callable by the API roles only (the schema's usage grant says who).
revoke execute on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
grant execute on function public.search_listings(
  text, uuid, public.listing_kind, public.listing_category[], text, double precision, double precision,
  double precision, public.organisation_kind, uuid, public.listing_state[], date, timestamptz, text, integer, integer
) to anon, authenticated, service_role;
