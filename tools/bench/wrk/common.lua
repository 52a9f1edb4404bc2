-- Shared by the bench's wrk scripts (loaded with dofile). Settings come from the environment:
--   BENCH_DATA      folder with the files `load seed` wrote (learners.txt, questions.txt, topic.txt)
--   BENCH_TOKENS    the learners file to use (default learners.txt; light.txt / heavy.txt for one learner)
--   BENCH_PATH      the route, with {learn}, {practice}, {topic} and {question} filled in per learner
--   BENCH_DELAY_MS  when set, every connection waits this long before each request (paced load)
local common = {}

function common.lines(name)
  local path = os.getenv("BENCH_DATA") .. "/" .. name
  local file = assert(io.open(path, "r"), "cannot read " .. path)
  local out = {}
  for line in file:lines() do
    if line ~= "" then
      local fields = {}
      for field in line:gmatch("%S+") do fields[#fields + 1] = field end
      out[#out + 1] = fields
    end
  end
  file:close()
  return out
end

function common.learners()
  return common.lines(os.getenv("BENCH_TOKENS") or "learners.txt")
end

function common.fill(template, learner, topic, question)
  return (template:gsub("{learn}", learner[2]):gsub("{practice}", learner[3])
    :gsub("{topic}", topic or ""):gsub("{question}", question or ""))
end

local threads = {}
local counter = 0

-- Each thread learns its number (to start at a different learner and make ids unique) and reports its counts.
function common.setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  threads[#threads + 1] = thread
end

-- Paced load: on average BENCH_DELAY_MS between a connection's requests, drawn from 0.5-1.5 times it, so the
-- connections drift out of step instead of all sending in the same instant every period like real learners never do.
function common.delay()
  local ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
  return math.random(math.floor(ms / 2), math.floor(ms * 3 / 2))
end

-- One machine-readable line for scripts/bench; ok counts 2xx responses seen by the scripts that count them.
function common.done(summary, latency)
  local ok, failed = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + (thread:get("ok") or 0)
    failed = failed + (thread:get("failed") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d ok=%d failed=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status + socket + failed, ok, failed))
end

return common
