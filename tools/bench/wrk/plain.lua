-- A route without a learner (the ceiling): only the machine-readable summary line.
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
done = common.done
