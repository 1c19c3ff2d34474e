#!/usr/bin/env python3
"""Checks the signature fixture files for shape and internal consistency (standard library only).

    python3 scripts/signature-fixtures/check.py Tests/RuntimeTests/Fixtures

For every vector it checks the documented format, that request.headers holds none of the
signer-added headers, that expected.headers lists exactly those plus Authorization, that the body
hash headers match the body, that the string to sign embeds the hash of the canonical request, and
that the Authorization signature is the HMAC of the string to sign. It does not re-derive the
canonical request (that is the vendors' job, done in generate.py); it catches a damaged file.
"""

import base64
import hashlib
import hmac
import json
import pathlib
import sys

VECTOR_KEYS = {"name", "credentials", "region", "service", "date", "nonce", "request", "signerAddedHeaders", "expected"}
REQUEST_KEYS = {"method", "scheme", "host", "path", "query", "headers", "body"}


def hmac_digest(key: bytes, text: str, algorithm) -> bytes:
    return hmac.new(key, text.encode("utf-8"), algorithm).digest()


def check_vector(algorithm: str, vector: dict) -> None:
    keys = set(vector)
    assert VECTOR_KEYS <= keys <= VECTOR_KEYS | {"reference"}, keys
    assert set(vector["request"]) == REQUEST_KEYS, vector["request"].keys()
    assert set(vector["expected"]) == {"canonicalRequest", "stringToSign", "headers"}
    assert set(vector["credentials"]) == {"accessKeyID", "accessKeySecret", "securityToken"}
    added = vector["signerAddedHeaders"]
    assert added == sorted(added) and all(name == name.lower() for name in added)
    for name, _ in vector["request"]["headers"]:
        assert name.lower() not in added and name.lower() != "authorization", name
    expected = vector["expected"]["headers"]
    assert expected[-1][0] == "Authorization"
    assert sorted(name.lower() for name, _ in expected[:-1]) == added
    values = {name.lower(): value for name, value in expected}
    body = vector["request"]["body"].encode("utf-8")
    secret = vector["credentials"]["accessKeySecret"]
    sts = vector["expected"]["stringToSign"]
    canonical = vector["expected"]["canonicalRequest"]
    authorization = values["authorization"]

    if algorithm == "acs-hmac-sha1":
        assert canonical is None
        if body:
            assert values["content-md5"] == base64.b64encode(hashlib.md5(body).digest()).decode()
        signature = base64.b64encode(hmac_digest(secret.encode(), sts, hashlib.sha1)).decode()
        assert authorization == f"acs {vector['credentials']['accessKeyID']}:{signature}"
    elif algorithm == "acs3-hmac-sha256":
        assert values["x-acs-content-sha256"] == hashlib.sha256(body).hexdigest()
        assert sts == "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
        signature = hmac_digest(secret.encode(), sts, hashlib.sha256).hex()
        assert authorization.endswith(f",Signature={signature}")
    elif algorithm == "aws4-hmac-sha256":
        assert values["x-amz-content-sha256"] == hashlib.sha256(body).hexdigest()
        amz_date = vector["date"].replace("-", "").replace(":", "")
        assert values["x-amz-date"] == amz_date
        scope = f"{amz_date[:8]}/{vector['region']}/{vector['service']}/aws4_request"
        assert sts == f"AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n" + hashlib.sha256(canonical.encode()).hexdigest()
        key = ("AWS4" + secret).encode()
        for part in (amz_date[:8], vector["region"], vector["service"], "aws4_request"):
            key = hmac_digest(key, part, hashlib.sha256)
        signature = hmac_digest(key, sts, hashlib.sha256).hex()
        assert authorization.endswith(f", Signature={signature}")
    else:
        raise AssertionError(f"unknown algorithm {algorithm}")


def main() -> int:
    directory = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Tests/RuntimeTests/Fixtures")
    total = 0
    for name in ("acs-hmac-sha1.json", "acs3-hmac-sha256.json", "aws4-hmac-sha256.json"):
        document = json.loads((directory / name).read_text(encoding="utf-8"))
        assert set(document) == {"algorithm", "reference", "vectors"}
        assert document["algorithm"] == name.removesuffix(".json")
        assert len(document["vectors"]) >= 12
        for vector in document["vectors"]:
            try:
                check_vector(document["algorithm"], vector)
            except AssertionError as error:
                raise SystemExit(f"{name}: {vector.get('name')}: {error}")
        total += len(document["vectors"])
    print(f"{total} vectors consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
