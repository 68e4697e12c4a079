-- LOCAL ONLY. Storage for the local stand-in of Supabase Auth (supabase/local/auth). The
-- handler never talks to the database itself: every state change is one function below,
-- called through PostgREST RPC (schema local_auth) with the service_role key. Each function
-- is atomic, SECURITY DEFINER (owned by the superuser that runs this file) and executable by
-- service_role only. Idempotent: runs on every start of the local stack, after bootstrap.sql.
--
-- Secrets are stored hashed: refresh tokens, e-mail link tokens, 6-digit codes and PKCE auth
-- codes are sha256 hex digests computed by the handler; the database never sees them plain.
-- Errors are raised with SQLSTATE P0001 and the GoTrue error_code as DETAIL, which the
-- handler maps to GoTrue's HTTP status and message.

create schema if not exists local_auth;
revoke all on schema local_auth from public;
grant usage on schema local_auth to service_role;

create table if not exists auth.sessions (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  aal text not null default 'aal1',
  -- [{method, timestamp}] as it goes into the access token's amr claim.
  amr jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  refreshed_at timestamptz
);
create index if not exists sessions_user_id_idx on auth.sessions (user_id);

create table if not exists auth.refresh_tokens (
  id uuid primary key,
  token_hash text not null unique,
  user_id uuid not null references auth.users (id) on delete cascade,
  session_id uuid not null references auth.sessions (id) on delete cascade,
  parent uuid,
  revoked boolean not null default false,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index if not exists refresh_tokens_session_idx on auth.refresh_tokens (session_id, created_at desc);

create table if not exists auth.flow_state (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id) on delete cascade,
  code_challenge text not null,
  code_challenge_method text not null check (code_challenge_method in ('s256', 'plain')),
  authentication_method text not null,
  auth_code_hash text unique,
  auth_code_issued_at timestamptz,
  created_at timestamptz not null default now()
);

-- At most one row per (user, token_type): a new e-mail replaces the previous link and code.
-- Used rows are kept (used_at) until replaced, so that the send rate limit still sees them.
create table if not exists auth.one_time_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  token_type text not null check (token_type in ('signup', 'magiclink', 'recovery', 'invite', 'email_change',
                                                  'email_change_current')),
  token_hash text not null unique,
  otp_hash text not null,
  relates_to text not null,
  flow_state_id uuid references auth.flow_state (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index if not exists one_time_tokens_user_type_idx on auth.one_time_tokens (user_id, token_type);
-- Wrong 6-digit codes entered for the address since this token was sent (see verify_token).
alter table auth.one_time_tokens add column if not exists failed_attempts int not null default 0;
-- email_change goes to the new address, email_change_current to the old one (double confirmation).
alter table auth.one_time_tokens drop constraint if exists one_time_tokens_token_type_check;
alter table auth.one_time_tokens add constraint one_time_tokens_token_type_check
  check (token_type in ('signup', 'magiclink', 'recovery', 'invite', 'email_change', 'email_change_current'));

revoke all on auth.sessions, auth.refresh_tokens, auth.flow_state, auth.one_time_tokens
  from public, anon, authenticated;

-- Internal helpers -----------------------------------------------------------------------------

create or replace function local_auth.fail(p_code text) returns void
language plpgsql
as $$
begin
  raise exception '%', p_code using errcode = 'P0001', detail = p_code;
end
$$;

-- The user object as GoTrue serialises it (omitempty fields left out when null).
create or replace function local_auth.user_json(u auth.users) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_strip_nulls(jsonb_build_object(
    'id', u.id,
    'aud', u.aud,
    'role', u.role,
    'email', u.email,
    'email_confirmed_at', u.email_confirmed_at,
    'invited_at', u.invited_at,
    'confirmation_sent_at', u.confirmation_sent_at,
    'recovery_sent_at', u.recovery_sent_at,
    'new_email', u.email_change,
    'confirmed_at', u.confirmed_at,
    'last_sign_in_at', u.last_sign_in_at,
    'banned_until', u.banned_until
  )) || jsonb_build_object(
    'phone', coalesce(u.phone, ''),
    'app_metadata', coalesce(u.raw_app_meta_data, '{}'::jsonb),
    'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
    -- One e-mail identity, derived rather than stored: apps detect GoTrue's anti-enumeration
    -- fake user (returned by signUp for a taken address) by its empty identities list.
    'identities', jsonb_build_array(jsonb_build_object(
      'identity_id', md5(u.id::text || ':email')::uuid,
      'id', u.id,
      'user_id', u.id,
      'identity_data', jsonb_build_object(
        'email', u.email,
        'email_verified', u.email_confirmed_at is not null,
        'phone_verified', false,
        'sub', u.id
      ),
      'provider', 'email',
      'last_sign_in_at', coalesce(u.last_sign_in_at, u.created_at),
      'created_at', u.created_at,
      'updated_at', u.updated_at,
      'email', lower(u.email)
    )),
    'created_at', u.created_at,
    'updated_at', u.updated_at,
    'is_anonymous', u.is_anonymous
  )
$$;

-- Removes keys set to null, as GoTrue does when merging metadata.
create or replace function local_auth.merge_meta(p_old jsonb, p_new jsonb) returns jsonb
language sql immutable
as $$
  select coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
    from jsonb_each(coalesce(p_old, '{}'::jsonb) || coalesce(p_new, '{}'::jsonb)) e
   where e.value <> 'null'::jsonb
$$;

-- A new e-mail user as GoTrue stores one: lower-cased address, the email provider in app_metadata.
create or replace function local_auth.insert_user(
  p_id uuid, p_email text, p_password_hash text, p_confirm boolean, p_user_meta jsonb,
  p_app_meta jsonb default null, p_banned_until timestamptz default null
) returns auth.users
language sql
set search_path = ''
as $$
  insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
                          raw_app_meta_data, raw_user_meta_data, banned_until)
  values (
    p_id, 'authenticated', 'authenticated', lower(p_email), p_password_hash,
    case when p_confirm then now() end,
    coalesce(p_app_meta, '{}'::jsonb) || '{"provider": "email", "providers": ["email"]}'::jsonb,
    coalesce(p_user_meta, '{}'::jsonb), p_banned_until
  )
  returning *
$$;

-- Addresses are unique whatever their case; p_user_id (or null) may keep the one it has.
create or replace function local_auth.check_email_free(p_email text, p_user_id uuid) returns void
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from auth.users o where lower(o.email) = lower(p_email) and o.id is distinct from p_user_id) then
    perform local_auth.fail('email_exists');
  end if;
end
$$;

-- What a new or refreshed session hands the handler, which signs the access token from it.
create or replace function local_auth.session_json(u auth.users, s auth.sessions, p_refresh_id text) returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'user', local_auth.user_json(u),
    'session', jsonb_build_object('id', s.id, 'aal', s.aal, 'amr', s.amr),
    'refresh_id', p_refresh_id
  )
$$;

-- Starts a session: p_session = {session_id, refresh_id, refresh_hash, method}.
create or replace function local_auth.start_session(p_user_id uuid, p_session jsonb) returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  u auth.users;
  s auth.sessions;
begin
  select * into u from auth.users where id = p_user_id;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  if u.banned_until > now() then
    perform local_auth.fail('user_banned');
  end if;
  update auth.users set last_sign_in_at = now() where id = p_user_id returning * into u;
  insert into auth.sessions (id, user_id, amr)
  values (
    (p_session ->> 'session_id')::uuid,
    p_user_id,
    jsonb_build_array(jsonb_build_object(
      'method', p_session ->> 'method',
      'timestamp', floor(extract(epoch from now()))::bigint
    ))
  )
  returning * into s;
  insert into auth.refresh_tokens (id, token_hash, user_id, session_id)
  values ((p_session ->> 'refresh_id')::uuid, p_session ->> 'refresh_hash', p_user_id, s.id);
  return local_auth.session_json(u, s, p_session ->> 'refresh_id');
end
$$;

-- p_token = {token_hash, otp_hash, relates_to, ttl, rate_limit, flow?: {code_challenge,
-- code_challenge_method, authentication_method}}.
create or replace function local_auth.issue_token(p_user_id uuid, p_type text, p_token jsonb) returns void
language plpgsql
set search_path = ''
as $$
declare
  prev auth.one_time_tokens;
  flow uuid;
begin
  select * into prev from auth.one_time_tokens t
   where t.user_id = p_user_id and t.token_type = p_type
   order by t.created_at desc limit 1
   for update;
  if found and coalesce((p_token ->> 'rate_limit')::int, 0) > 0
     and prev.created_at > now() - make_interval(secs => (p_token ->> 'rate_limit')::int) then
    perform local_auth.fail('over_email_send_rate_limit');
  end if;
  delete from auth.flow_state f
   using auth.one_time_tokens t
   where t.user_id = p_user_id and t.token_type = p_type and f.id = t.flow_state_id;
  delete from auth.one_time_tokens t where t.user_id = p_user_id and t.token_type = p_type;
  if p_token -> 'flow' is not null and jsonb_typeof(p_token -> 'flow') = 'object' then
    insert into auth.flow_state (user_id, code_challenge, code_challenge_method, authentication_method)
    values (
      p_user_id,
      p_token -> 'flow' ->> 'code_challenge',
      p_token -> 'flow' ->> 'code_challenge_method',
      p_token -> 'flow' ->> 'authentication_method'
    )
    returning id into flow;
  end if;
  insert into auth.one_time_tokens (user_id, token_type, token_hash, otp_hash, relates_to, flow_state_id, expires_at)
  values (
    p_user_id, p_type, p_token ->> 'token_hash', p_token ->> 'otp_hash', p_token ->> 'relates_to', flow,
    now() + make_interval(secs => (p_token ->> 'ttl')::int)
  );
  update auth.users set
    confirmation_sent_at = case when p_type = 'signup' then now() else confirmation_sent_at end,
    recovery_sent_at = case when p_type in ('recovery', 'magiclink') then now() else recovery_sent_at end,
    invited_at = case when p_type = 'invite' then now() else invited_at end
   where id = p_user_id;
end
$$;

-- API: users and sign-in ---------------------------------------------------------------------

create or replace function local_auth.find_user(p_email text) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'user', local_auth.user_json(u),
    'encrypted_password', u.encrypted_password,
    'confirmed', u.email_confirmed_at is not null,
    'banned', coalesce(u.banned_until > now(), false)
  )
    from auth.users u
   where lower(u.email) = lower(p_email) and u.is_sso_user = false
$$;

-- Sign-up with a password. Never changes an existing user: their identity is not proven yet.
-- p_session starts a session right away (auto-confirm); otherwise p_token issues the
-- confirmation e-mail token.
create or replace function local_auth.sign_up(
  p_user_id uuid, p_email text, p_password_hash text, p_data jsonb, p_session jsonb, p_token jsonb
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  select * into u from auth.users where lower(email) = lower(p_email) and is_sso_user = false;
  if found then
    if u.email_confirmed_at is not null or p_session is not null then
      return jsonb_build_object('status', 'exists_confirmed');
    end if;
    perform local_auth.issue_token(u.id, 'signup', p_token);
    select * into u from auth.users where id = u.id;
    return jsonb_build_object('status', 'exists_unconfirmed', 'user', local_auth.user_json(u));
  end if;
  perform local_auth.insert_user(p_user_id, p_email, p_password_hash, p_session is not null, p_data);
  if p_session is not null then
    return jsonb_build_object('status', 'created') || local_auth.start_session(p_user_id, p_session);
  end if;
  perform local_auth.issue_token(p_user_id, 'signup', p_token);
  select * into u from auth.users where id = p_user_id;
  return jsonb_build_object('status', 'created', 'user', local_auth.user_json(u));
end
$$;

create or replace function local_auth.create_session(p_user_id uuid, p_session jsonb) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
begin
  return local_auth.start_session(p_user_id, p_session);
end
$$;

-- E-mail links and codes (magic link, recovery, invite, confirmation resend, generate_link).
-- p_type magiclink becomes signup for an unconfirmed user, like GoTrue. p_new_user (or null)
-- = {id, data, password_hash} creates the user when the address is unknown.
create or replace function local_auth.request_email_token(
  p_email text, p_type text, p_new_user jsonb, p_token jsonb
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  u auth.users;
  kind text := p_type;
begin
  select * into u from auth.users where lower(email) = lower(p_email) and is_sso_user = false for update;
  if not found then
    if p_new_user is null then
      return jsonb_build_object('status', 'not_found');
    end if;
    u := local_auth.insert_user((p_new_user ->> 'id')::uuid, p_email, p_new_user ->> 'password_hash', false,
                                p_new_user -> 'data');
  elsif kind in ('invite', 'signup') and u.email_confirmed_at is not null then
    perform local_auth.fail('email_exists');
  end if;
  if kind = 'magiclink' and u.email_confirmed_at is null then
    kind := 'signup';
  end if;
  perform local_auth.issue_token(u.id, kind, p_token || jsonb_build_object('relates_to', u.email));
  select * into u from auth.users where id = u.id;
  return jsonb_build_object('status', 'ok', 'type', kind, 'user', local_auth.user_json(u));
end
$$;

-- Consumes a link token (p_lookup 'link': p_hash = sha256 of the link token) or a 6-digit
-- code (p_lookup 'otp': p_hash = sha256 of email:code). With p_auth_code_hash and a PKCE
-- flow behind the token it issues the auth code instead of a session.
-- A million codes are guessable within the per-IP limits from enough addresses, so after 5
-- wrong codes for an address its codes are refused until a new one is sent. Hosted Supabase
-- Auth has no such counter; the refusal looks like any wrong code there (otp_expired). The
-- count must commit, so a wrong code is returned as {error} rather than raised.
create or replace function local_auth.verify_token(
  p_lookup text, p_hash text, p_email text, p_types text[], p_session jsonb, p_auth_code_hash text
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  t auth.one_time_tokens;
  u auth.users;
begin
  if p_lookup = 'link' then
    select * into t from auth.one_time_tokens ot
     where ot.token_hash = p_hash and ot.token_type = any (p_types)
     for update;
  else
    select * into t from auth.one_time_tokens ot
     where ot.otp_hash = p_hash and lower(ot.relates_to) = lower(p_email) and ot.token_type = any (p_types)
     order by ot.created_at desc limit 1
     for update;
    if not found or t.failed_attempts >= 5 then
      update auth.one_time_tokens set failed_attempts = failed_attempts + 1
       where lower(relates_to) = lower(p_email) and used_at is null;
      return jsonb_build_object('error', 'otp_expired');
    end if;
  end if;
  -- GoTrue answers expired and unknown tokens alike.
  if not found or t.used_at is not null or t.expires_at < now() then
    perform local_auth.fail('otp_expired');
  end if;
  update auth.one_time_tokens set used_at = now() where id = t.id;

  -- Double confirmation: the first of the two e-mail change links only counts, as in GoTrue.
  if t.token_type in ('email_change', 'email_change_current') and exists (
    select 1 from auth.one_time_tokens o
     where o.user_id = t.user_id and o.used_at is null
       and o.token_type in ('email_change', 'email_change_current') and o.token_type <> t.token_type
  ) then
    return jsonb_build_object('type', t.token_type, 'pending', true, 'flow', t.flow_state_id is not null);
  end if;

  if t.token_type in ('email_change', 'email_change_current') then
    select * into u from auth.users where id = t.user_id;
    if u.email_change is null then
      perform local_auth.fail('otp_expired');
    end if;
    perform local_auth.check_email_free(u.email_change, t.user_id);
    update auth.users set email = lower(u.email_change), email_change = null,
                          email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
     where id = t.user_id;
  else
    update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
     where id = t.user_id;
  end if;

  if p_auth_code_hash is not null and t.flow_state_id is not null then
    update auth.flow_state set auth_code_hash = p_auth_code_hash, auth_code_issued_at = now(), user_id = t.user_id
     where id = t.flow_state_id;
    select * into u from auth.users where id = t.user_id;
    return jsonb_build_object('type', t.token_type, 'flow', true, 'user', local_auth.user_json(u));
  end if;
  delete from auth.flow_state where id = t.flow_state_id;
  return jsonb_build_object('type', t.token_type, 'flow', false)
    || local_auth.start_session(t.user_id, p_session);
end
$$;

create or replace function local_auth.exchange_auth_code(
  p_auth_code_hash text, p_verifier text, p_verifier_s256 text, p_flow_ttl int, p_session jsonb
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  f auth.flow_state;
begin
  select * into f from auth.flow_state where auth_code_hash = p_auth_code_hash for update;
  if not found then
    perform local_auth.fail('flow_state_not_found');
  end if;
  if f.auth_code_issued_at < now() - make_interval(secs => p_flow_ttl) then
    perform local_auth.fail('flow_state_expired');
  end if;
  if (f.code_challenge_method = 's256' and f.code_challenge <> p_verifier_s256)
     or (f.code_challenge_method = 'plain' and f.code_challenge <> p_verifier) then
    perform local_auth.fail('bad_code_verifier');
  end if;
  delete from auth.flow_state where id = f.id;
  return jsonb_build_object('authentication_method', f.authentication_method)
    || local_auth.start_session(f.user_id, p_session || jsonb_build_object('method', f.authentication_method));
end
$$;

-- Rotates a refresh token, as GoTrue does: a revoked token whose child is the session's active
-- token gets that active token back (the client lost the last answer); another revoked token
-- still rotates within p_reuse_interval seconds (parallel refreshes from several tabs or SSR
-- requests must not log the user out); anything else is a reuse, which ends the session. That
-- must commit, so the error is returned rather than raised.
create or replace function local_auth.refresh_session(
  p_token_hash text, p_new_id uuid, p_new_hash text, p_reuse_interval int
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  t auth.refresh_tokens;
  active auth.refresh_tokens;
  s auth.sessions;
  u auth.users;
  next_id uuid := p_new_id;
begin
  select * into t from auth.refresh_tokens where token_hash = p_token_hash;
  if not found then
    return jsonb_build_object('error', 'refresh_token_not_found');
  end if;
  -- Lock the session first: parallel refreshes of one session queue up here.
  select * into s from auth.sessions where id = t.session_id for update;
  select * into t from auth.refresh_tokens where id = t.id;
  if s.id is null or t.id is null then
    return jsonb_build_object('error', 'refresh_token_not_found');
  end if;
  select * into u from auth.users where id = t.user_id;
  if u.banned_until > now() then
    return jsonb_build_object('error', 'user_banned');
  end if;
  if t.revoked then
    select * into active from auth.refresh_tokens
     where session_id = t.session_id and not revoked
     order by created_at desc limit 1;
    if active.id is not null and active.parent = t.id then
      next_id := active.id;
    elsif t.revoked_at > now() - make_interval(secs => p_reuse_interval) then
      insert into auth.refresh_tokens (id, token_hash, user_id, session_id, parent)
      values (p_new_id, p_new_hash, t.user_id, t.session_id, t.id);
    else
      delete from auth.sessions where id = t.session_id;
      return jsonb_build_object('error', 'refresh_token_already_used');
    end if;
  else
    update auth.refresh_tokens set revoked = true, revoked_at = now() where id = t.id;
    insert into auth.refresh_tokens (id, token_hash, user_id, session_id, parent)
    values (p_new_id, p_new_hash, t.user_id, t.session_id, t.id);
  end if;
  update auth.sessions set refreshed_at = now() where id = s.id;
  return local_auth.session_json(u, s, next_id::text);
end
$$;

-- The user behind an access token; a token whose session ended is refused like GoTrue does.
create or replace function local_auth.get_user(p_user_id uuid, p_session_id uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  select * into u from auth.users where id = p_user_id;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  if p_session_id is not null and not exists (select 1 from auth.sessions where id = p_session_id) then
    perform local_auth.fail('session_not_found');
  end if;
  return jsonb_build_object('user', local_auth.user_json(u), 'encrypted_password', u.encrypted_password);
end
$$;

-- PUT /user. A new password ends the user's other sessions. p_email_change (or null) =
-- {new_email, token_hash, otp_hash, ttl, rate_limit, current?: {token_hash, otp_hash, ttl}}
-- sends a confirmation to the new address and, with current, one to the present address too.
create or replace function local_auth.update_user(
  p_user_id uuid, p_session_id uuid, p_password_hash text, p_data jsonb, p_email_change jsonb
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  if p_session_id is not null and not exists (select 1 from auth.sessions where id = p_session_id) then
    perform local_auth.fail('session_not_found');
  end if;
  update auth.users set
    encrypted_password = coalesce(p_password_hash, encrypted_password),
    raw_user_meta_data = case when p_data is null then raw_user_meta_data
                              else local_auth.merge_meta(raw_user_meta_data, p_data) end,
    updated_at = now()
   where id = p_user_id
  returning * into u;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  if p_password_hash is not null then
    delete from auth.sessions where user_id = p_user_id and id is distinct from p_session_id;
  end if;
  if p_email_change is not null then
    perform local_auth.check_email_free(p_email_change ->> 'new_email', p_user_id);
    update auth.users set email_change = lower(p_email_change ->> 'new_email') where id = p_user_id;
    perform local_auth.issue_token(p_user_id, 'email_change',
      p_email_change || jsonb_build_object('relates_to', lower(p_email_change ->> 'new_email')));
    -- Without current, an earlier half-finished double confirmation must not hold this one up.
    delete from auth.one_time_tokens where user_id = p_user_id and token_type = 'email_change_current';
    if p_email_change -> 'current' is not null and jsonb_typeof(p_email_change -> 'current') = 'object' then
      perform local_auth.issue_token(p_user_id, 'email_change_current',
        (p_email_change -> 'current') || jsonb_build_object('relates_to', u.email, 'rate_limit', 0));
    end if;
    select * into u from auth.users where id = p_user_id;
  end if;
  return jsonb_build_object('user', local_auth.user_json(u));
end
$$;

create or replace function local_auth.logout(p_user_id uuid, p_session_id uuid, p_scope text) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
begin
  if p_scope = 'local' then
    delete from auth.sessions where id = p_session_id and user_id = p_user_id;
  elsif p_scope = 'others' then
    delete from auth.sessions where user_id = p_user_id and id is distinct from p_session_id;
  else
    delete from auth.sessions where user_id = p_user_id;
  end if;
  return '{}'::jsonb;
end
$$;

-- API: admin -----------------------------------------------------------------------------------

create or replace function local_auth.admin_create_user(
  p_id uuid, p_email text, p_password_hash text, p_confirm boolean, p_user_meta jsonb, p_app_meta jsonb,
  p_banned_until timestamptz
) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  perform local_auth.check_email_free(p_email, null);
  u := local_auth.insert_user(p_id, p_email, p_password_hash, p_confirm, p_user_meta, p_app_meta, p_banned_until);
  return local_auth.user_json(u);
end
$$;

create or replace function local_auth.admin_list_users(p_page int, p_per_page int) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'total', (select count(*) from auth.users),
    'users', coalesce((
      select jsonb_agg(local_auth.user_json(u) order by u.created_at, u.id)
        from (select * from auth.users order by created_at, id
              limit p_per_page offset (p_page - 1) * p_per_page) u
    ), '[]'::jsonb)
  )
$$;

create or replace function local_auth.admin_get_user(p_id uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  select * into u from auth.users where id = p_id;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  return local_auth.user_json(u);
end
$$;

-- p_patch keys (all optional): email, password_hash, email_confirm, user_metadata,
-- app_metadata, role, banned_until (JSON null lifts a ban). Metadata merges like GoTrue.
create or replace function local_auth.admin_update_user(p_id uuid, p_patch jsonb) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
declare
  u auth.users;
begin
  if p_patch ? 'email' then
    perform local_auth.check_email_free(p_patch ->> 'email', p_id);
  end if;
  update auth.users set
    email = case when p_patch ? 'email' then lower(p_patch ->> 'email') else email end,
    encrypted_password = coalesce(p_patch ->> 'password_hash', encrypted_password),
    email_confirmed_at = case when (p_patch ->> 'email_confirm')::boolean
                              then coalesce(email_confirmed_at, now()) else email_confirmed_at end,
    raw_user_meta_data = case when p_patch ? 'user_metadata'
                              then local_auth.merge_meta(raw_user_meta_data, p_patch -> 'user_metadata')
                              else raw_user_meta_data end,
    raw_app_meta_data = case when p_patch ? 'app_metadata'
                             then local_auth.merge_meta(raw_app_meta_data, p_patch -> 'app_metadata')
                             else raw_app_meta_data end,
    role = coalesce(p_patch ->> 'role', role),
    banned_until = case when p_patch ? 'banned_until' then (p_patch ->> 'banned_until')::timestamptz
                        else banned_until end,
    updated_at = now()
   where id = p_id
  returning * into u;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  if u.banned_until > now() then
    delete from auth.sessions where user_id = p_id;
  end if;
  return local_auth.user_json(u);
end
$$;

create or replace function local_auth.admin_delete_user(p_id uuid) returns jsonb
language plpgsql security definer
set search_path = ''
as $$
begin
  delete from auth.users where id = p_id;
  if not found then
    perform local_auth.fail('user_not_found');
  end if;
  return '{}'::jsonb;
end
$$;

-- Only the service role may call any of this (PUBLIC gets EXECUTE on new functions by default).
revoke all on all functions in schema local_auth from public, anon, authenticated;
grant execute on all functions in schema local_auth to service_role;
