-- wrk script: one-user traffic reports, each for a random node and user of the seeded ranges.
-- Arguments: first node id, node count, first user id, user count, node key.
local first_node, nodes, first_user, users
local failures = 0

function init(args)
  first_node, nodes = tonumber(args[1]), tonumber(args[2])
  first_user, users = tonumber(args[3]), tonumber(args[4])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Key"] = args[5]
end

function request()
  local body = string.format('{"node_id":%d,"data":[{"user_id":%d,"u":1024,"d":4096}]}',
    first_node + math.random(0, nodes - 1), first_user + math.random(0, users - 1))
  return wrk.format(nil, "/app/api/v0/node/traffic", nil, body)
end
