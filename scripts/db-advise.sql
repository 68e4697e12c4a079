-- The database advisor's security and schema checks that apply to this project, modelled on
-- Supabase's splinter lints (0001, 0006, 0011, 0013, 0028, 0029), plus the project's rules on
-- server-owned columns. Every row is a finding; `npm run db:advise` fails when there is one.
-- $1: the schemas PostgREST exposes (supabase/config.toml [api] schemas).
--
-- A SECURITY DEFINER function in an exposed schema may stay executable by anon or
-- authenticated only with its reason in the function's comment, on a line of its own:
--   advisor: <role> may execute: <why>

with exposed as (
  select n.oid, n.nspname from pg_catalog.pg_namespace n where n.nspname = any ($1::text[])
),
-- Schemas whose objects belong to the project (not the platform or an extension).
own_schemas as (
  select n.oid, n.nspname from pg_catalog.pg_namespace n
  where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'auth', 'extensions', 'storage',
                          'graphql', 'graphql_public', 'realtime', 'vault', 'supabase_migrations', 'local_auth')
    and n.nspname not like 'pg\_%'
),
extension_objects as (
  select d.objid from pg_catalog.pg_depend d where d.deptype = 'e'
)

-- 0013: a table in an exposed schema without row-level security.
select 'rls_disabled_in_exposed_schema' as lint,
       format('table %I.%I has row-level security disabled', e.nspname, c.relname) as detail
from pg_catalog.pg_class c
join exposed e on e.oid = c.relnamespace
where c.relkind in ('r', 'p') and not c.relrowsecurity
  and c.oid not in (select objid from extension_objects)

union all
-- 0028 / 0029: SECURITY DEFINER functions in an exposed schema that anon or authenticated may
-- execute through /rest/v1/rpc, without a recorded reason.
select case r.rolname when 'anon' then 'anon_security_definer_function_executable'
                      else 'authenticated_security_definer_function_executable' end,
       format('function %I.%I(%s) is SECURITY DEFINER and executable by %s without a reason '
              '(comment line "advisor: %s may execute: <why>")',
              e.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), r.rolname, r.rolname)
from pg_catalog.pg_proc p
join exposed e on e.oid = p.pronamespace
cross join (values ('anon'), ('authenticated')) r (rolname)
where p.prosecdef
  and p.oid not in (select objid from extension_objects)
  and exists (select 1 from pg_catalog.pg_roles x where x.rolname = r.rolname)
  and pg_catalog.has_function_privilege(r.rolname, p.oid, 'execute')
  and coalesce(pg_catalog.obj_description(p.oid, 'pg_proc'), '')
      !~ ('(^|\n)advisor: ' || r.rolname || ' may execute: \S')

union all
-- 0011: a function of the project without a fixed search_path. A function with a SQL-standard
-- body (`return ...`, `begin atomic`) is exempt: its names are bound when it is created, and it
-- stays inlinable, which a `set search_path` would prevent.
select 'function_search_path_mutable',
       format('function %I.%I(%s) has a role-mutable search_path (add "set search_path = ''''")',
              s.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid))
from pg_catalog.pg_proc p
join own_schemas s on s.oid = p.pronamespace
where p.oid not in (select objid from extension_objects)
  and p.prokind in ('f', 'p')
  and p.prosqlbody is null
  and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) cfg where cfg like 'search_path=%')

union all
-- 0001: a foreign key whose columns do not lead any valid index of its table.
select 'unindexed_foreign_key',
       format('table %I.%I: foreign key %I (%s) has no index that starts with its columns',
              s.nspname, c.relname, ct.conname,
              (select string_agg(a.attname, ', ' order by k.n)
                 from unnest(ct.conkey) with ordinality k (attnum, n)
                 join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum))
from pg_catalog.pg_constraint ct
join pg_catalog.pg_class c on c.oid = ct.conrelid
join own_schemas s on s.oid = c.relnamespace
where ct.contype = 'f'
  and c.oid not in (select objid from extension_objects)
  and not exists (
    select 1 from pg_catalog.pg_index i
    where i.indrelid = c.oid and i.indisvalid
      and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(ct.conkey)] operator(pg_catalog.@>) ct.conkey
      and (string_to_array(i.indkey::text, ' ')::smallint[])[1:cardinality(ct.conkey)] operator(pg_catalog.<@) ct.conkey
  )

union all
-- 0006: more than one permissive policy for the same role and action (each is evaluated for
-- every row; one policy with its cases joined by "or" says the same once).
select 'multiple_permissive_policies',
       format('table %I.%I has %s permissive %s policies for role %s: %s',
              e.nspname, c.relname, count(*), act.cmd, r.rolname, string_agg(p.polname, ', ' order by p.polname))
from pg_catalog.pg_policy p
join pg_catalog.pg_class c on c.oid = p.polrelid
join exposed e on e.oid = c.relnamespace
join pg_catalog.pg_roles r on p.polroles @> array[r.oid] or p.polroles = array[0::oid]
cross join lateral unnest(case p.polcmd when 'r' then array['select'] when 'a' then array['insert']
                                        when 'w' then array['update'] when 'd' then array['delete']
                                        else array['select', 'insert', 'update', 'delete'] end) act (cmd)
where p.polpermissive and not r.rolbypassrls
  and r.rolname not like 'pg\_%' and r.rolname not like 'supabase%'
group by e.nspname, c.relname, r.rolname, act.cmd
having count(*) > 1

union all
-- Write rules: anon and authenticated never hold table-wide UPDATE (only column grants, on
-- the columns they may change), nor TRUNCATE, which row-level security does not cover.
select 'table_wide_write_privilege',
       format('%s holds %s on all of %I.%I (grant it on the columns that role may change)',
              r.rolname, priv.name, e.nspname, c.relname)
from pg_catalog.pg_class c
join exposed e on e.oid = c.relnamespace
cross join (values ('anon'), ('authenticated')) r (rolname)
cross join (values ('UPDATE'), ('TRUNCATE')) priv (name)
where c.relkind in ('r', 'p')
  and exists (select 1 from pg_catalog.pg_roles x where x.rolname = r.rolname)
  and pg_catalog.has_table_privilege(r.rolname, c.oid, priv.name)

order by 1, 2;
