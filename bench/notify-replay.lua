-- wrk script: replays the signed notify paths of a file, each thread taking every n-th line,
-- so every request of a run is a different notify until the file runs out.
-- Arguments: the file, the number of threads.
local paths, next_index, step = {}, 0, 1
local threads = 0

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  step = tonumber(args[2])
  next_index = thread_index
end

function request()
  local path = paths[(next_index % #paths) + 1]
  next_index = next_index + step
  return wrk.format("GET", path)
end
