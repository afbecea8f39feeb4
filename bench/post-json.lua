-- wrk: POST the JSON in BODY_FILE to the path given after "--"; counts responses by status for the checker.
local body_file = os.getenv("BODY_FILE")
local f = assert(io.open(body_file, "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

function init(args)
  wrk.path = args[1]
end

-- "{n}" in the body becomes a different word per request (letters, not digits: the spam check ignores digits), so
-- each opinion is a distinct text as residents' are, not a burst of copies held as possible spam.
local template, counter = wrk.body, 0
local function word(n)
  local s = ""
  repeat
    s = string.char(97 + n % 26) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end
if template:find("{n}", 1, true) then
  function request()
    counter = counter + 1
    local body = template:gsub("{n}", word(counter * 7919 + math.random(0, 7918)))
    return wrk.format(nil, nil, nil, body)
  end
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

-- wrk calls done() once, but response() runs per thread; summarise with the numbers wrk gives.
function done(summary, latency, requests)
  io.write(string.format("JSON {\"requests\": %d, \"seconds\": %.3f, \"non2xx\": %d, \"socket_errors\": %d, \"p50_ms\": %.2f, \"p90_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}\n",
    summary.requests, summary.duration / 1e6, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
