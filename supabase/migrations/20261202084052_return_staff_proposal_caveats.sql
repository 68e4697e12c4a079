-- The console shows caveats apart from reasons: staff_proposals returns them too (a new return type, so the function is dropped and made again, with its grants and comment).

drop function if exists "public"."staff_proposals"(p_municipality uuid, p_category listing_category, p_place text, p_min_score real, p_max_score real, p_pinned boolean, p_limit integer, p_offset integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.staff_proposals(p_municipality uuid, p_category listing_category DEFAULT NULL::listing_category, p_place text DEFAULT NULL::text, p_min_score real DEFAULT NULL::real, p_max_score real DEFAULT NULL::real, p_pinned boolean DEFAULT NULL::boolean, p_limit integer DEFAULT 25, p_offset integer DEFAULT 0)
 RETURNS TABLE(request_id uuid, offer_id uuid, request_organisation_id uuid, offer_organisation_id uuid, score real, reasons jsonb, caveats jsonb, pinned boolean, total_count bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO ''
AS $function$
  select p.request_id, p.offer_id, p.request_organisation_id, p.offer_organisation_id, p.score, p.reasons,
         p.caveats, d.request_id is not null, count(*) over ()
    from public.match_proposals p
    left join public.matchmaker_decisions d
      on d.request_id = p.request_id and d.offer_id = p.offer_id and d.decision = 'pin'
    left join public.listings r on r.id = p.request_id
    left join public.listings o on o.id = p.offer_id
   where p.municipality_id = p_municipality
     and (p_category is null or r.category = p_category or o.category = p_category)
     and (p_place is null or r.place = p_place or o.place = p_place)
     and (p_min_score is null or p.score >= p_min_score)
     and (p_max_score is null or p.score < p_max_score)
     and (p_pinned is null or (d.request_id is not null) = p_pinned)
   order by d.request_id is not null desc, p.score desc, p.id
   limit least(greatest(coalesce(p_limit, 25), 1), 100)
  offset greatest(coalesce(p_offset, 0), 0)
$function$
;
revoke execute on function public.staff_proposals(
  uuid, public.listing_category, text, real, real, boolean, integer, integer
) from public, anon;
grant execute on function public.staff_proposals(
  uuid, public.listing_category, text, real, real, boolean, integer, integer
) to authenticated, service_role;
comment on function public.staff_proposals(uuid, public.listing_category, text, real, real, boolean, integer, integer) is
  'The matchmaker console: a filtered page of the municipality''s proposals, pinned first, with the number of matches (RLS applies).';
