-- GET BENCH_PATH as many learners, one after another on each connection's thread, each with its own token.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local requests, index = {}, 0

setup = common.setup
if tonumber(os.getenv("BENCH_DELAY_MS") or "") then delay = common.delay end
done = common.done

function init(args)
  local learners = common.learners()
  local topic = common.lines("topic.txt")[1][1]
  local questions = common.lines("questions.txt")
  local template = os.getenv("BENCH_PATH")
  for i, learner in ipairs(learners) do
    -- Questions cycle over the first 200 of the bank, so a cached route stays cached after the warm-up.
    local question = questions[(i - 1) % math.min(200, #questions) + 1][1]
    requests[i] = wrk.format("GET", common.fill(template, learner, topic, question),
      -- As browsers and mobile HTTP stacks send it: cached content goes out in its compressed form.
      { ["Authorization"] = "Bearer " .. learner[1], ["Accept-Encoding"] = "gzip, deflate, br" })
  end
  index = (thread_id or 0) * 7919
  math.randomseed(os.time() + (thread_id or 0))
end

function request()
  index = index + 1
  return requests[index % #requests + 1]
end
