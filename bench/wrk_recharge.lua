-- wrk script for bench/ledger_throughput.py: one recharge per request, each with its own operation id and
-- Idempotency-Key, signed in by the token given after "--" (then a prefix that makes this run's ids its own).
local thread_count = 0
setup = function(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end
init = function(args)
  token = args[1]
  prefix = args[2] or "wrk"
  counter = 0
end
request = function()
  counter = counter + 1
  local id = prefix .. "-" .. tid .. "-" .. counter
  local body = '{"operation_id":"' .. id .. '","customer_ref":"SV' .. string.format("%04d", counter % 200) ..
               '","amount_fen":100}'
  return wrk.format("POST", "/api/v1/ledger/movements/recharge",
                    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
                     ["Idempotency-Key"] = id}, body)
end
