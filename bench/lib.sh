# Shared by the bench scripts: a throwaway PostgreSQL, the API in Release with bench mode on, wrk helpers.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$REPO_ROOT"

BENCH_RESULTS="$LOCAL_DIR/bench"
mkdir -p "$BENCH_RESULTS"

# BENCH_PG_OPTIONS: PostgreSQL settings for the API's sessions (its pool and the baselines', e.g. "-c jit=off").
bench_start() {
  ensure_postgres
  command -v wrk >/dev/null || apt_install wrk
  BENCH_DB_DIR="$(db_root)/bench-db-$$"
  bench_api_pid=""
  trap bench_stop INT TERM EXIT
  say "Starting a throwaway PostgreSQL (default durability: fsync on)"
  BENCH_DB_PORT="$(pg_start "$BENCH_DB_DIR")"
  say "Building the API in Release"
  dotnet build api/Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
  BENCH_PORT="$(free_port)"
  BENCH_URL="http://127.0.0.1:$BENCH_PORT"
  BENCH_ADMIN_EMAIL="bench-admin@karlskoga.example"
  BENCH_ADMIN_PASSWORD="bench-admin-password-$$"
  ASPNETCORE_ENVIRONMENT=Production \
  Bench__Enabled=true \
  RateLimits__AnonymousWritesPerMinute=100000000 \
  Admin__Email="$BENCH_ADMIN_EMAIL" Admin__Password="$BENCH_ADMIN_PASSWORD" \
  ConnectionStrings__Default="$(pg_connection_string "$BENCH_DB_PORT" medborgardialog);Maximum Pool Size=100;No Reset On Close=true;Max Auto Prepare=50${BENCH_PG_OPTIONS:+;Options=$BENCH_PG_OPTIONS}" \
  ConnectionStrings__Jobs="$(pg_connection_string "$BENCH_DB_PORT" medborgardialog)" \
  Email__PickupDirectory="$BENCH_RESULTS/mail" \
    dotnet run --project api/Api.csproj -c Release --no-build --no-launch-profile --urls "$BENCH_URL" > "$BENCH_RESULTS/api.log" 2>&1 &
  bench_api_pid=$!
  wait_for_http "$BENCH_URL/health/ready" 120 || { cat "$BENCH_RESULTS/api.log" >&2; exit 1; }
}

bench_stop() {
  trap - INT TERM EXIT
  if [ -n "${bench_api_pid:-}" ]; then kill "$bench_api_pid" 2>/dev/null || true; wait "$bench_api_pid" 2>/dev/null || true; fi
  [ -n "${BENCH_DB_DIR:-}" ] && pg_stop "$BENCH_DB_DIR" && rm -rf "$BENCH_DB_DIR"
}

bench_psql() {
  PGPASSWORD=medborgardialog psql -h 127.0.0.1 -p "$BENCH_DB_PORT" -U medborgardialog -d medborgardialog -At -c "$1"
}

bench_token() {
  curl -sf -X POST "$BENCH_URL/api/account/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_ADMIN_EMAIL\",\"password\":\"$BENCH_ADMIN_PASSWORD\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# bench_api TOKEN METHOD PATH [JSON] — prints the response body
bench_api() {
  curl -sf -X "$2" "$BENCH_URL$3" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-d "$4"}
}

# bench_map_dialogue TOKEN TITLE — an open dialogue with one map question (points, routes and areas, up to 5 marks, five
# categories) and a map area over Karlskoga's town (14.44–14.62 E, 59.30–59.37 N). Prints JSON: {id, questionId, categories}.
BENCH_MAP_AREA='{"type":"Polygon","coordinates":[[[14.44,59.30],[14.62,59.30],[14.62,59.37],[14.44,59.37],[14.44,59.30]]]}'
bench_map_dialogue() {
  local id questions
  id="$(bench_api "$1" POST /api/dialogues "{\"title\":\"Trygga skolvägar $2\",\"summary\":\"Var känns det otryggt eller farligt att gå och cykla?\",\"question\":\"Var behöver något göras?\",\"committee\":\"Tekniska nämnden\",\"forms\":[\"survey\",\"dialogueWalk\"],\"targetGroups\":[\"allResidents\"],\"places\":[{\"name\":\"Webben\",\"url\":\"https://www.karlskoga.se/\"}],\"opensAt\":\"$(date -u -d '-1 day' +%FT%TZ)\",\"closesAt\":\"$(date -u -d '+30 days' +%FT%TZ)\",\"participationLevel\":\"consult\",\"isYouthDialogue\":false}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  questions="$(bench_api "$1" PUT "/api/dialogues/$id/questionnaire" '{"questions":[{"id":null,"kind":"map","text":"Markera platser och vägar på kartan","textEn":null,"required":true,"options":[{"id":null,"text":"Otrygg plats","textEn":null},{"id":null,"text":"Farlig korsning","textEn":null},{"id":null,"text":"Bra plats","textEn":null},{"id":null,"text":"Behöver belysning","textEn":null},{"id":null,"text":"Skräpigt","textEn":null}],"map":{"kinds":["point","line","area"],"maxMarks":5}}]}')"
  bench_api "$1" PUT "/api/dialogues/$id/map" "{\"area\":$BENCH_MAP_AREA,\"startView\":null,\"places\":[]}" >/dev/null
  bench_api "$1" POST "/api/dialogues/$id/publish" >/dev/null
  bench_api "$1" POST "/api/dialogues/$id/open" >/dev/null
  python3 -c 'import json,sys; q=json.loads(sys.argv[2])[0]; print(json.dumps({"id": sys.argv[1], "questionId": q["id"], "categories": [o["id"] for o in q["options"]]}))' "$id" "$questions"
}
