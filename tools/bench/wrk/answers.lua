-- POST an answer to a learner's practice session: a fresh clientAttemptId each time, a real question,
-- the right option about 70% of the time. Counts 2xx (acknowledged) and other statuses per thread.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local learners, questions, headers = {}, {}, {}
local index, sent, ok, failed = 0, 0, 0, 0
local run = os.getenv("BENCH_RUN") or tostring(os.time())

setup = common.setup
if tonumber(os.getenv("BENCH_DELAY_MS") or "") then delay = common.delay end
done = common.done

function init(args)
  learners = common.learners()
  questions = common.lines("questions.txt")
  for i, learner in ipairs(learners) do
    headers[i] = { ["Authorization"] = "Bearer " .. learner[1], ["Content-Type"] = "application/json" }
  end
  index = (thread_id or 0) * 7919
  math.randomseed(os.time() + (thread_id or 0))
end

function request()
  index = index + 1
  sent = sent + 1
  local n = index % #learners + 1
  local question = questions[math.random(#questions)]
  local key = math.random() < 0.7 and question[2] or question[3]
  local body = string.format('{"clientAttemptId":"%s-%d-%d","questionId":%s,"selected":["%s"],"timeSpentMs":%d}',
    run, thread_id or 0, sent, question[1], key, math.random(2000, 20000))
  return wrk.format("POST", "/api/v1/sessions/" .. learners[n][3] .. "/answers", headers[n], body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    failed = failed + 1
    if failed <= 3 then io.stderr:write("answer status " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n") end
  end
  wrk.thread:set("ok", ok)
  wrk.thread:set("failed", failed)
end
