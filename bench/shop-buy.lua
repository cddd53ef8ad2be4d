-- wrk script: purchases, each thread walking through the seeded users in turn, so that every
-- request buys for a different user. Tokens are "bench-token-<id>", as ShopBench seeds them.
-- Arguments: first user id, user count, product id.
local first_user, users, product
local counter = 0
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  first_user, users, product = tonumber(args[1]), tonumber(args[2]), tonumber(args[3])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  counter = offset
end

function request()
  local user = first_user + (counter % users)
  counter = counter + 2
  return wrk.format(nil, "/app/api/v0/user/buy", {["Authorization"] = "Bearer bench-token-" .. user,
    ["Content-Type"] = "application/json"}, string.format('{"shop_id":%d}', product))
end
