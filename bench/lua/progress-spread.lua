-- wrk: POST a progress update to one of the first WRITE_ACTIONS synthetic actions (SYN-A-1 ...), chosen at random
-- for each request, so that writers meet as a council's officers do: on different actions, not one row's lock.
local actions = tonumber(os.getenv("WRITE_ACTIONS") or "1000")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"date":"2025-10-01","narrative":"benchmark write","rag":"AMBER","percentComplete":40}'

local thread_seed = 0
function setup(thread)
  thread_seed = thread_seed + 1
  thread:set("seed", thread_seed)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

-- Every sixth synthetic action (SYN-A-4, -10, ...) is COMPLETE, and rightly refuses a progress update of 40%:
-- its neighbour is written to instead.
function request()
  local n = math.random(1, actions)
  if n % 6 == 4 then n = n + 1 end
  return wrk.format(nil, "/api/v1/actions/SYN-A-" .. n .. "/progress-updates")
end
