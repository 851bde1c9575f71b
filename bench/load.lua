-- wrk script for bench/load.sh: each request picks one of the pages of the load mix at random
-- (lists with filters and deep pages, activity pages, the timeline at each zoom, filtered CSV
-- exports); wrk counts the responses that are not 2xx/3xx.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx responses: %d, timeouts: %d\n", summary.errors.status, summary.errors.timeout))
end
