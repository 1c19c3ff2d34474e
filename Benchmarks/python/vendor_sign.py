#!/usr/bin/env python3
"""Times the vendors' Python signers on the first request of each signature fixture file.

    vendor_sign.py FIXTURES_DIR [--iterations 2000] [--repetitions 5]

Prints one JSON line per (algorithm, implementation) with the nanoseconds per signature of
each repetition, in the format of `CloudBench sign`. Each timed call does what the vendor's
pipeline does for one request: copy the request's headers, add the date, nonce and payload
hash where the algorithm needs them, and compute Authorization. Clock and nonce are the
vendor's own (not frozen): reading them is part of the per-request cost. (The fixtures
themselves were produced by these packages; `CloudBench sign` checks the Swift signers against
them before timing.)
"""

import argparse
import hashlib
import json
import pathlib
import sys
import time
from urllib.parse import quote

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import requests
import requests_aws4auth
from alibabacloud_openapi_util.client import Client as OpenApiUtil
from alibabacloud_tea_openapi.utils import Utils as TeaUtils
from aliyunsdkcore.auth.composer import roa_signature_composer


class TeaRequestView:
    """The attributes the Alibaba Tea utilities read from a request."""

    def __init__(self, method, pathname, headers, query):
        self.method, self.pathname, self.headers, self.query = method, pathname, headers, query


def first_vector(directory: pathlib.Path, name: str) -> dict:
    return json.loads((directory / f"{name}.json").read_text())["vectors"][0]


def time_per_call(function, iterations: int) -> float:
    started = time.perf_counter_ns()
    for _ in range(iterations):
        function()
    return (time.perf_counter_ns() - started) / iterations


def acs_v1(vector: dict) -> dict:
    request, creds = vector["request"], vector["credentials"]
    headers = dict(request["headers"])
    query = dict(request["query"])

    def sdk_core():
        signing_headers = dict(headers)
        signing_headers["x-acs-signature-nonce"] = TeaUtils.get_nonce()
        return roa_signature_composer.get_signature_headers(
            dict(query), creds["accessKeyID"], creds["accessKeySecret"], "JSON", signing_headers,
            request["path"], None, request["method"])

    def tea_openapi():
        lowered = {name.lower(): value for name, value in headers.items()}
        lowered["date"] = TeaUtils.get_date_utcstring()
        lowered["x-acs-signature-nonce"] = TeaUtils.get_nonce()
        lowered["x-acs-signature-method"] = "HMAC-SHA1"
        lowered["x-acs-signature-version"] = "1.0"
        text = TeaUtils.get_string_to_sign(TeaRequestView(request["method"], request["path"], lowered, dict(query)))
        lowered["authorization"] = f"acs {creds['accessKeyID']}:{TeaUtils.get_roasignature(text, creds['accessKeySecret'])}"
        return lowered

    return {"aliyun-python-sdk-core": sdk_core, "alibabacloud-tea-openapi": tea_openapi}


def acs3(vector: dict) -> dict:
    request, creds = vector["request"], vector["credentials"]
    body = request["body"].encode("utf-8")
    query = dict(request["query"])

    def prepared_headers(utils):
        headers = dict(request["headers"])
        headers["host"] = request["host"]
        headers["x-acs-date"] = TeaUtils.get_timestamp()
        headers["x-acs-signature-nonce"] = TeaUtils.get_nonce()
        payload = utils.hex_encode(utils.hash(body, "ACS3-HMAC-SHA256"))
        headers["x-acs-content-sha256"] = payload
        return headers, payload

    def with_utils(utils):
        def sign():
            headers, payload = prepared_headers(utils)
            view = TeaRequestView(request["method"], request["path"], headers, query)
            headers["Authorization"] = utils.get_authorization(
                view, "ACS3-HMAC-SHA256", payload, creds["accessKeyID"], creds["accessKeySecret"])
            return headers
        return sign

    return {"alibabacloud-tea-openapi": with_utils(TeaUtils), "alibabacloud-openapi-util": with_utils(OpenApiUtil)}


def aws4(vector: dict) -> dict:
    request, creds = vector["request"], vector["credentials"]
    url = f"{request['scheme']}://{request['host']}{request['path']}"
    if request["query"]:
        url += "?" + "&".join(f"{quote(n, safe='-_.~')}={quote(v, safe='-_.~')}" for n, v in request["query"])
    body = request["body"].encode("utf-8") or None
    auth = requests_aws4auth.AWS4Auth(creds["accessKeyID"], creds["accessKeySecret"], vector["region"], vector["service"])
    prepared = requests.Request(request["method"], url, data=body, headers=dict(request["headers"])).prepare()
    botocore_credentials = botocore.credentials.Credentials(creds["accessKeyID"], creds["accessKeySecret"])
    signer = botocore.auth.SigV4Auth(botocore_credentials, vector["service"], vector["region"])
    signed_by_aws4auth = {"content-type", "host"}
    boto_headers = {n: v for n, v in request["headers"] if n.lower() in signed_by_aws4auth}

    def aws4auth():
        return auth(prepared.copy())

    def boto():
        aws_request = botocore.awsrequest.AWSRequest(
            method=request["method"], url=url, headers=dict(boto_headers), data=body or b"")
        signer.add_auth(aws_request)
        return aws_request

    return {"requests-aws4auth": aws4auth, "botocore": boto}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures")
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--repetitions", type=int, default=5)
    args = parser.parse_args()
    directory = pathlib.Path(args.fixtures)
    for algorithm, build in [("acs-hmac-sha1", acs_v1), ("acs3-hmac-sha256", acs3), ("aws4-hmac-sha256", aws4)]:
        implementations = build(first_vector(directory, algorithm))
        for function in implementations.values():
            function()  # warm caches and imports
        samples = {name: [] for name in implementations}
        for _ in range(args.repetitions):
            for name, function in implementations.items():
                samples[name].append(time_per_call(function, args.iterations))
        for name, values in samples.items():
            print(json.dumps({"bench": "sign", "algorithm": algorithm, "impl": name, "iterations": args.iterations,
                              "ns_per_op": values}, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
