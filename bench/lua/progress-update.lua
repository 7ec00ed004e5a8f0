-- wrk: POST a progress update (the benchmark's write).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"date":"2025-10-01","narrative":"benchmark write","rag":"AMBER","percentComplete":40}'
