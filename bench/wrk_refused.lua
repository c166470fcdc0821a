-- wrk script for bench/ledger_throughput.py: the recharge request without a token, which the server refuses at
-- once (401); any other answer (a 429 from the address's ceiling, say) is written out, and the benchmark stops.
request = function()
  return wrk.format("POST", "/api/v1/ledger/movements/recharge", {["Content-Type"] = "application/json"},
                    '{"operation_id":"refused","customer_ref":"SV0001","amount_fen":100}')
end
response = function(status, headers, body)
  if status ~= 401 then
    io.write("unexpected status " .. status .. "\n")
  end
end
