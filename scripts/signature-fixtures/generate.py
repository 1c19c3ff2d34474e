#!/usr/bin/env python3
"""Generate signature test vectors from the vendors' own published signing code.

Every expected value in the output (string to sign, canonical request, Authorization,
signer-added header values) is computed by the vendors' Python packages from PyPI, never by
the project's own signer:

* acs-hmac-sha1.json     aliyun-python-sdk-core
                         aliyunsdkcore.auth.composer.roa_signature_composer.get_signature_headers
                         (cross-checked with alibabacloud-tea-openapi Utils.get_string_to_sign /
                         Utils.get_roasignature, the ROA "acs" path of the newer SDK)
* acs3-hmac-sha256.json  alibabacloud-tea-openapi Client.do_request (the V3 pipeline, which calls
                         Utils.get_authorization), cross-checked with alibabacloud-openapi-util
                         Client.get_authorization
* aws4-hmac-sha256.json  kingsoftcloud-sdk-python AbstractClient.call (which signs with
                         requests-aws4auth AWS4Auth), or that AWS4Auth signer driven directly for
                         request shapes the SDK cannot produce; every vector cross-checked with
                         botocore SigV4Auth

Usage (the packages must be installed at the versions pinned in requirements.txt beside this file):

    python3 -m venv /tmp/sigfix-venv
    /tmp/sigfix-venv/bin/pip install -r scripts/signature-fixtures/requirements.txt
    /tmp/sigfix-venv/bin/python3 scripts/signature-fixtures/generate.py --output Tests/RuntimeTests/Fixtures

Determinism: the vendors read the clock and generate nonces themselves. This script monkeypatches
exactly those helpers (listed in `frozen_environment`) so each vector has a fixed date and nonce;
nothing else in the vendors' code paths is replaced. No request leaves the machine: the transport
functions are replaced by stubs that capture the signed request.

The output format is described in Tests/RuntimeTests/Fixtures/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import importlib.metadata
import json
import pathlib
import sys
import time as _time
import types
from urllib.parse import parse_qsl, quote, urlsplit

HERE = pathlib.Path(__file__).resolve().parent
SIGNING_PACKAGES = [
    "aliyun-python-sdk-core",
    "alibabacloud-tea-openapi",
    "alibabacloud-openapi-util",
    "darabonba-core",
    "kingsoftcloud-sdk-python",
    "requests-aws4auth",
    "requests",
    "botocore",
]

try:
    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials
    import requests
    import requests_aws4auth.aws4auth as aws4auth_module
    import requests_aws4auth.aws4signingkey as aws4signingkey_module
    from alibabacloud_openapi_util.client import Client as OpenApiUtilClient
    from alibabacloud_tea_openapi import utils as tea_utils_module
    from alibabacloud_tea_openapi import utils_models as tea_models
    from alibabacloud_tea_openapi.client import Client as TeaOpenApiClient
    from alibabacloud_credentials import models as credential_models
    from aliyunsdkcore.auth.composer import roa_signature_composer
    from aliyunsdkcore.utils import parameter_helper
    from darabonba.core import DaraCore
    from darabonba.runtime import RuntimeOptions
    from ksyun.client.kce.v20190806.client import KceClient
    from ksyun.common import credential as ksyun_credential
    from ksyun.common.profile.client_profile import ClientProfile
    from ksyun.common.profile.http_profile import HttpProfile
except ImportError as error:  # pragma: no cover - guidance for a missing venv
    sys.exit(f"missing vendor package ({error}); install scripts/signature-fixtures/requirements.txt "
             "into a virtual environment and run this script with that environment's python")

TeaUtils = tea_utils_module.Utils

# Obviously fake credentials: the vectors must never carry a real key.
ALIBABA = {"accessKeyID": "LTAI5tFixtureAccessKey01", "accessKeySecret": "FixtureAccessKeySecretForTests01"}
ALIBABA_STS = {"accessKeyID": "STS.FixtureTemporaryKey01", "accessKeySecret": "FixtureTemporarySecret+/=01",
               "securityToken": "CAIS+fixture/STS.token==Zm9v"}
KINGSOFT = {"accessKeyID": "AKLTFixtureAccessKey01", "accessKeySecret": "FixtureSecretKeyForTests02="}
KINGSOFT_STS = {"accessKeyID": "AKLTFixtureTemporaryKey01", "accessKeySecret": "FixtureTemporarySecret03",
                "securityToken": "fixture-session-token/ks+1=="}

ACK_HOST = "cs.cn-hangzhou.aliyuncs.com"
ACK_REGION = "cn-hangzhou"
ACK_VERSION = "2015-12-15"
KCE_HOST = "kce.cn-beijing-6.api.ksyun.com"
KCE_REGION = "cn-beijing-6"
KCE_SERVICE = "kce"
KCE_VERSION = "2019-08-06"

DATE = "2026-01-02T03:04:05Z"
NONCE = "fixed-nonce-0001"


def pinned_versions() -> dict[str, str]:
    """Reads requirements.txt and checks the installed signing packages match it."""
    pins = {}
    for line in (HERE / "requirements.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "==" in line:
            name, version = line.split("==", 1)
            pins[name.lower()] = version
    for name in SIGNING_PACKAGES:
        installed = importlib.metadata.version(name)
        if pins.get(name) != installed:
            sys.exit(f"{name} {installed} is installed but requirements.txt pins {pins.get(name)}; "
                     "install the pinned versions so the fixtures stay reproducible")
    return {name: pins[name] for name in SIGNING_PACKAGES}


def parse_date(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.timezone.utc)


@contextlib.contextmanager
def frozen_environment(date: str, nonce: str | None = None, user_agent: str | None = None):
    """Pins every clock, nonce and user-agent helper the vendors' signing paths read.

    Replaced (and restored afterwards):
    * aliyunsdkcore.utils.parameter_helper.time.gmtime -> the fixed instant (the module's own
      get_rfc_2616_date still formats the Date header with its own format string);
    * alibabacloud_tea_openapi.utils.datetime.utcnow -> the fixed instant (used by
      Utils.get_timestamp for x-acs-date and Utils.get_date_utcstring);
    * alibabacloud_tea_openapi Utils.get_nonce -> `nonce` (x-acs-signature-nonce);
    * alibabacloud_tea_openapi Utils.get_user_agent -> `user_agent`; None makes the header value
      None, which the V3 canonicalization skips and which is left out of the vector, standing for
      a client that sets User-Agent after signing;
    * requests_aws4auth.aws4auth / aws4signingkey datetime.now / utcnow -> the fixed instant
      (AWS4Auth adds x-amz-date from it);
    * botocore.auth.get_current_datetime -> the fixed instant (SigV4Auth adds X-Amz-Date from it).
    """
    instant = parse_date(date)

    class FrozenDateTime(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return instant if tz is not None else instant.replace(tzinfo=None)

        @classmethod
        def utcnow(cls):
            return instant.replace(tzinfo=None)

    fake_datetime_module = types.SimpleNamespace(
        datetime=FrozenDateTime, timezone=_dt.timezone, date=_dt.date, timedelta=_dt.timedelta)
    fake_time_module = types.SimpleNamespace(
        gmtime=lambda *_: instant.timetuple(), strftime=_time.strftime, time=lambda: instant.timestamp())

    saved = [
        (parameter_helper, "time", parameter_helper.time),
        (tea_utils_module, "datetime", tea_utils_module.datetime),
        (TeaUtils, "get_nonce", TeaUtils.__dict__["get_nonce"]),
        (TeaUtils, "get_user_agent", TeaUtils.__dict__["get_user_agent"]),
        (aws4auth_module, "datetime", aws4auth_module.datetime),
        (aws4signingkey_module, "datetime", aws4signingkey_module.datetime),
        (botocore.auth, "get_current_datetime", botocore.auth.get_current_datetime),
    ]
    parameter_helper.time = fake_time_module
    tea_utils_module.datetime = FrozenDateTime
    TeaUtils.get_nonce = staticmethod(lambda: nonce)
    TeaUtils.get_user_agent = staticmethod(lambda _configured=None: user_agent)
    aws4auth_module.datetime = fake_datetime_module
    aws4signingkey_module.datetime = FrozenDateTime
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: (
        instant.replace(tzinfo=None) if remove_tzinfo else instant)
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


def rfc3986(text: str) -> str:
    """Percent-encodes like the runtime's encoder (unreserved kept, space as %20)."""
    return quote(text, safe="-_.~")


def wire_query(query: list[list[str]]) -> str:
    return "&".join(f"{rfc3986(name)}={rfc3986(value)}" for name, value in query)


def credentials_block(creds: dict) -> dict:
    return {"accessKeyID": creds["accessKeyID"], "accessKeySecret": creds["accessKeySecret"],
            "securityToken": creds.get("securityToken")}


def vector(name, reference, creds, region, service, date, nonce, request, signer_added, expected):
    entry = {"name": name}
    if reference is not None:
        entry["reference"] = reference
    entry.update({
        "credentials": credentials_block(creds), "region": region, "service": service, "date": date,
        "nonce": nonce, "request": request, "signerAddedHeaders": signer_added, "expected": expected,
    })
    return entry


def split_headers(final: list[tuple[str, str]], signer_added: set[str], transport: set[str] = frozenset()):
    """Splits a signed request's headers into (request headers, expected headers)."""
    request_headers, expected_headers, authorization = [], [], None
    for name, value in final:
        lower = name.lower()
        if lower == "authorization":
            authorization = value
        elif lower in signer_added:
            expected_headers.append([name, value])
        elif lower not in transport:
            request_headers.append([name, value])
    expected_headers.sort(key=lambda pair: pair[0].lower())
    expected_headers.append(["Authorization", authorization])
    return request_headers, expected_headers


# --------------------------------------------------------------------------------------------
# ACS v1 (ROA, HMAC-SHA1): aliyun-python-sdk-core
# --------------------------------------------------------------------------------------------

class TeaRequestView:
    """The attributes alibabacloud-tea-openapi's Utils read from its request object."""

    def __init__(self, method, pathname, headers, query):
        self.method, self.pathname, self.headers, self.query = method, pathname, headers, query


def acs1_vector(spec: dict, versions: dict, tea_differences: list) -> dict:
    creds = spec.get("credentials", ALIBABA)
    date, nonce, body = spec.get("date", DATE), spec.get("nonce", NONCE), spec.get("body", "")
    headers = dict(spec["headers"])
    added = {"date", "x-acs-signature-method", "x-acs-signature-version"}
    # The composer signs every x-acs-* header it is given. aliyunsdkcore itself sends no nonce;
    # the ROA nonce header (sent by the Tea/Java/Go SDKs) is handed to it here and is signed as
    # any other x-acs-* header. A vector with nonce null shows aliyunsdkcore's own header set.
    if nonce is not None:
        headers["x-acs-signature-nonce"] = nonce
        added.add("x-acs-signature-nonce")
    # As aliyunsdkcore RoaRequest.get_signed_header: Content-MD5 = base64(md5(body)) when a body is set.
    if body:
        headers["Content-MD5"] = parameter_helper.md5_sum(body)
        added.add("content-md5")
    # As aliyunsdkcore StsTokenSigner.sign for ROA requests.
    if creds.get("securityToken"):
        headers["x-acs-security-token"] = creds["securityToken"]
        added.add("x-acs-security-token")
    query = dict(spec.get("query", []))
    assert len(query) == len(spec.get("query", [])), "the vendor's query is a dict: no repeated names"
    accept_before = headers.get("Accept")
    with frozen_environment(date):
        signed, string_to_sign = roa_signature_composer.get_signature_headers(
            dict(query), creds["accessKeyID"], creds["accessKeySecret"], "JSON", headers,
            spec["path"], None, spec["method"])
    assert signed.get("Accept") == accept_before, "refresh_sign_parameters rewrote Accept"

    # Cross-check: the newer SDK's ROA "acs" signer on the same final headers.
    lowered = {name.lower(): value for name, value in signed.items() if name != "Authorization"}
    tea_string = TeaUtils.get_string_to_sign(TeaRequestView(spec["method"], spec["path"], lowered, dict(query)))
    tea_authorization = f"acs {creds['accessKeyID']}:{TeaUtils.get_roasignature(tea_string, creds['accessKeySecret'])}"
    if tea_string != string_to_sign or tea_authorization != signed["Authorization"]:
        tea_differences.append(spec["name"])
        assert spec.get("teaDiffers"), f"{spec['name']}: alibabacloud-tea-openapi disagrees:\n{tea_string!r}"

    request_headers, expected_headers = split_headers(list(signed.items()), added)
    request = {"method": spec["method"], "scheme": "https", "host": ACK_HOST, "path": spec["path"],
               "query": [list(pair) for pair in spec.get("query", [])], "headers": request_headers, "body": body}
    return vector(spec["name"], spec.get("reference"), creds, ACK_REGION, None, date, nonce, request,
                  sorted(added), {"canonicalRequest": None, "stringToSign": string_to_sign, "headers": expected_headers})


JSON = [["Accept", "application/json"], ["Content-Type", "application/json"], ["x-acs-version", ACK_VERSION]]
GET = [["Accept", "application/json"], ["x-acs-version", ACK_VERSION]]

ACS1_SPECS = [
    {"name": "GET cluster detail, empty body", "method": "GET", "path": "/clusters/c82e6987e2961451182edacd74faf0f2",
     "headers": GET + [["x-acs-action", "DescribeClusterDetail"]]},
    {"name": "GET cluster list with page_size and page_number", "method": "GET", "path": "/api/v1/clusters",
     "query": [["page_size", "10"], ["page_number", "2"]], "headers": GET},
    {"name": "POST create cluster with JSON body", "method": "POST", "path": "/clusters",
     "headers": JSON + [["x-acs-action", "CreateCluster"]],
     "body": '{"name":"fixture-cluster","region_id":"cn-hangzhou","cluster_type":"ManagedKubernetes","vpcid":"vpc-1"}'},
    {"name": "DELETE cluster with retain_resources", "method": "DELETE", "path": "/clusters/c1",
     "query": [["retain_resources", "sg-1,lb-2"], ["retain_all_resources", "false"]], "headers": GET},
    {"name": "query values with reserved characters (raw in the string to sign)", "method": "GET",
     "path": "/api/v1/clusters",
     "query": [["name", "a b/c~d+e*f=g&h"], ["cluster_type", "Kubernetes"], ["tags", "[{\"key\":\"k\"}]"]],
     "headers": GET},
    {"name": "query values with unicode (中文 and emoji)", "method": "GET", "path": "/api/v1/clusters",
     "query": [["name", "集群-测试"], ["label", "🚀 rocket"]], "headers": GET},
    {"name": "query with an empty value (aliyunsdkcore writes name=)", "method": "GET", "path": "/api/v1/clusters",
     "query": [["name", ""], ["page_size", "5"]], "headers": GET,
     "teaDiffers": "alibabacloud-tea-openapi writes an empty value as the bare name, without ="},
    {"name": "sorting-sensitive query names (a.10 before a.2, upper case first)", "method": "GET",
     "path": "/api/v1/clusters",
     "query": [["a.2", "two"], ["a.10", "ten"], ["b", "lower"], ["B", "upper"], ["a", "x"], ["A", "y"], ["_z", "u"]],
     "headers": GET},
    {"name": "percent-encoded path (signed as sent)", "method": "GET",
     "path": "/clusters/c%2F1%20x/nodepools/np%E4%B8%AD", "headers": GET},
    {"name": "STS security token header", "method": "GET", "path": "/clusters/c1", "headers": GET,
     "credentials": ALIBABA_STS},
    {"name": "STS token with JSON body", "method": "PUT", "path": "/clusters/c1",
     "headers": JSON + [["x-acs-action", "ModifyCluster"]], "credentials": ALIBABA_STS,
     "body": '{"deletion_protection":true,"cluster_name":"改名 cluster"}'},
    {"name": "no nonce (aliyunsdkcore's own header set)", "method": "GET", "path": "/clusters/c1/nodepools",
     "headers": GET, "nonce": None,
     "reference": "aliyun-python-sdk-core=={core}: roa_signature_composer.get_signature_headers (no nonce header)"},
    {"name": "POST without body (no Content-MD5, no Content-Type)", "method": "POST",
     "path": "/clusters/c1/upgrade", "headers": GET + [["x-acs-action", "UpgradeCluster"]]},
    {"name": "mixed-case custom x-acs header is lower-cased and sorted", "method": "GET", "path": "/clusters/c1",
     "headers": GET + [["X-Acs-Custom-Trace", "Trace Value"], ["x-acs-action", "DescribeClusterDetail"]]},
    {"name": "JSON body with unicode", "method": "POST", "path": "/clusters/c1/nodepools",
     "headers": JSON, "date": "2026-12-31T23:59:59Z", "nonce": "fixed-nonce-0002",
     "body": '{"nodepool_info":{"name":"节点池 🚀"},"count":3}'},
    {"name": "date on another day", "method": "GET", "path": "/k8s/c1/user_config",
     "query": [["PrivateIpAddress", "true"]], "headers": GET, "date": "2026-01-03T00:00:00Z",
     "nonce": "fixed-nonce-0003"},
]


# --------------------------------------------------------------------------------------------
# ACS3-HMAC-SHA256: alibabacloud-tea-openapi Client.do_request
# --------------------------------------------------------------------------------------------

class StaticCredential:
    """A credential client whose model has no provider_name, so the SDK adds no
    x-acs-credentials-provider telemetry header (the only difference from Config(access_key_id=...))."""

    def __init__(self, creds):
        self.model = credential_models.CredentialModel(
            access_key_id=creds["accessKeyID"], access_key_secret=creds["accessKeySecret"],
            security_token=creds.get("securityToken"), type="sts" if creds.get("securityToken") else "access_key")

    def get_credential(self):
        return self.model


class CapturedRequest(Exception):
    pass


def acs3_vector(spec: dict, versions: dict) -> dict:
    creds = spec.get("credentials", ALIBABA)
    date, nonce = spec.get("date", DATE), spec.get("nonce", NONCE)
    captured, hashed, signed_strings = [], [], []

    def fake_do_action(request, runtime=None):
        captured.append(request)
        raise CapturedRequest()

    original_hash, original_signature_method = TeaUtils.__dict__["hash"], tea_utils_module.signature_method

    def spy_hash(raw, sign_type):
        hashed.append(raw)
        return original_hash.__func__(raw, sign_type)

    def spy_signature_method(secret, source, sign_type):
        signed_strings.append(source)
        return original_signature_method(secret, source, sign_type)

    config = tea_models.Config(credential=StaticCredential(creds), endpoint=ACK_HOST, region_id=ACK_REGION)
    client = TeaOpenApiClient(config)
    params = tea_models.Params(action=spec["action"], version=ACK_VERSION, protocol="HTTPS",
                               pathname=spec["path"], method=spec["method"], auth_type="AK",
                               style=spec.get("style", "ROA"), req_body_type=spec.get("bodyType", "json"),
                               body_type="json")
    api_request = tea_models.OpenApiRequest(query=dict(spec.get("query", [])),
                                            headers=dict(spec.get("headers", [])), body=spec.get("body"))
    saved_do_action = DaraCore.__dict__["do_action"]
    DaraCore.do_action = staticmethod(fake_do_action)
    TeaUtils.hash = staticmethod(spy_hash)
    tea_utils_module.signature_method = spy_signature_method
    try:
        with frozen_environment(date, nonce=nonce, user_agent=spec.get("userAgent")):
            try:
                client.do_request(params, api_request, RuntimeOptions(autoretry=False))
            except Exception:  # the stub transport aborts the call once the request is signed
                if not captured:
                    raise
    finally:
        DaraCore.do_action = saved_do_action
        TeaUtils.hash = original_hash
        tea_utils_module.signature_method = original_signature_method
    assert len(captured) == 1, "do_request did not reach the transport exactly once"
    request = captured[0]
    body = request.body if request.body is not None else ""
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    headers = [(name, value) for name, value in request.headers.items() if value is not None]
    canonical_request = hashed[-1].decode("utf-8")
    assert len(signed_strings) == 1
    string_to_sign = signed_strings[0]

    # Cross-check with the standalone alibabacloud-openapi-util package.
    unsigned = {name: value for name, value in request.headers.items() if name != "Authorization"}
    util_authorization = OpenApiUtilClient.get_authorization(
        TeaRequestView(request.method, request.pathname, unsigned, request.query), "ACS3-HMAC-SHA256",
        request.headers["x-acs-content-sha256"], creds["accessKeyID"], creds["accessKeySecret"])
    assert util_authorization == request.headers["Authorization"], f"{spec['name']}: openapi-util disagrees"

    added = {"host", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}
    if creds.get("securityToken"):
        added |= {"x-acs-accesskey-id", "x-acs-security-token"}
    request_headers, expected_headers = split_headers(headers, added)
    assert dict(headers)["host"] == ACK_HOST
    out_request = {"method": request.method, "scheme": "https", "host": ACK_HOST, "path": request.pathname,
                   "query": [list(pair) for pair in spec.get("query", [])], "headers": request_headers,
                   "body": body}
    return vector(spec["name"], spec.get("reference"), creds, ACK_REGION, None, date, nonce, out_request,
                  sorted(added), {"canonicalRequest": canonical_request, "stringToSign": string_to_sign,
                                  "headers": expected_headers})


ACS3_SPECS = [
    {"name": "GET cluster detail, empty body", "action": "DescribeClusterDetail", "method": "GET",
     "path": "/clusters/c82e6987e2961451182edacd74faf0f2"},
    {"name": "GET cluster list with page_size and page_number", "action": "DescribeClustersV1", "method": "GET",
     "path": "/api/v1/clusters", "query": [["page_size", "10"], ["page_number", "2"]]},
    {"name": "POST create cluster with JSON body", "action": "CreateCluster", "method": "POST", "path": "/clusters",
     "body": {"name": "fixture-cluster", "region_id": "cn-hangzhou", "cluster_type": "ManagedKubernetes",
              "vpcid": "vpc-1"}},
    {"name": "DELETE cluster with retain_resources", "action": "DeleteCluster", "method": "DELETE",
     "path": "/clusters/c1", "query": [["retain_resources", "sg-1,lb-2"], ["retain_all_resources", "false"]]},
    {"name": "query values with reserved characters", "action": "DescribeClustersV1", "method": "GET",
     "path": "/api/v1/clusters",
     "query": [["name", "a b/c~d+e*f=g&h"], ["cluster_type", "Kubernetes"], ["tags", "[{\"key\":\"k\"}]"]]},
    {"name": "query values with unicode (中文 and emoji)", "action": "DescribeClustersV1", "method": "GET",
     "path": "/api/v1/clusters", "query": [["name", "集群-测试"], ["label", "🚀 rocket"]]},
    {"name": "query with an empty value", "action": "DescribeClustersV1", "method": "GET",
     "path": "/api/v1/clusters", "query": [["name", ""], ["page_size", "5"]]},
    {"name": "sorting-sensitive query names (a.10 before a.2, upper case first)", "action": "DescribeClustersV1",
     "method": "GET", "path": "/api/v1/clusters",
     "query": [["a.2", "two"], ["a.10", "ten"], ["b", "lower"], ["B", "upper"], ["a", "x"], ["A", "y"], ["_z", "u"]]},
    {"name": "percent-encoded path (canonical URI is the path as sent)", "action": "DescribeClusterNodePoolDetail",
     "method": "GET", "path": "/clusters/c%2F1%20x/nodepools/np%E4%B8%AD"},
    {"name": "STS token adds x-acs-accesskey-id and x-acs-security-token", "action": "DescribeClusterDetail",
     "method": "GET", "path": "/clusters/c1", "credentials": ALIBABA_STS},
    {"name": "STS token with JSON body", "action": "ModifyCluster", "method": "PUT", "path": "/clusters/c1",
     "credentials": ALIBABA_STS, "body": {"deletion_protection": True, "cluster_name": "改名 cluster"}},
    {"name": "form body as the vendor encodes it (quote_plus, space as +)", "action": "CreateCluster",
     "method": "POST", "path": "/clusters", "bodyType": "formData",
     "body": {"name": "a b", "tags": {"1": {"key": "k/1", "value": "中"}}}},
    {"name": "form body encoded with %20 (raw bytes, content-type supplied)", "action": "CreateCluster",
     "method": "POST", "path": "/clusters", "bodyType": "byte",
     "headers": [["content-type", "application/x-www-form-urlencoded"]],
     "body": list(b"name=a%20b&region_id=cn-hangzhou")},
    {"name": "every header is signed, including user-agent and custom headers", "action": "DescribeClusterDetail",
     "method": "GET", "path": "/clusters/c1", "userAgent": "CloudSDK/1.0 (fixtures)",
     "headers": [["x-acs-custom-trace", "  Trace  Value "], ["X-Custom", "Mixed Case"]]},
    {"name": "JSON body with unicode", "action": "CreateClusterNodePool", "method": "POST",
     "path": "/clusters/c1/nodepools", "date": "2026-12-31T23:59:59Z", "nonce": "fixed-nonce-0002",
     "body": {"nodepool_info": {"name": "节点池 🚀"}, "count": 3}},
    {"name": "date on another day", "action": "DescribeClusterUserKubeconfig", "method": "GET",
     "path": "/k8s/c1/user_config", "query": [["PrivateIpAddress", "true"]], "date": "2026-01-03T00:00:00Z",
     "nonce": "fixed-nonce-0003"},
]


# --------------------------------------------------------------------------------------------
# AWS4-HMAC-SHA256: kingsoftcloud-sdk-python (requests-aws4auth), cross-checked with botocore
# --------------------------------------------------------------------------------------------

class FakeResponse:
    status_code = 200
    headers: dict = {}
    text = '{"RequestId": "fixture"}'


class AWS4Capture:
    """Records AWS4Auth's canonical request and string to sign (the methods run unchanged)."""

    def __init__(self):
        self.canonical, self.string_to_sign = [], []

    @contextlib.contextmanager
    def installed(self):
        cls = aws4auth_module.AWS4Auth
        original_canonical, original_sig = cls.get_canonical_request, cls.get_sig_string
        capture = self

        def canonical(self, req, cano_headers, signed_headers):
            result = original_canonical(self, req, cano_headers, signed_headers)
            capture.canonical.append(result)
            return result

        def sig_string(req, cano_req, scope):
            result = original_sig(req, cano_req, scope)
            capture.string_to_sign.append(result)
            return result

        cls.get_canonical_request, cls.get_sig_string = canonical, staticmethod(sig_string)
        try:
            yield
        finally:
            cls.get_canonical_request, cls.get_sig_string = original_canonical, staticmethod(original_sig)


def kingsoft_sdk_request(spec: dict):
    """Runs the Kingsoft SDK's AbstractClient.call with a stub transport; returns the prepared request."""
    prepared = []

    def fake_request(method, url, data=None, headers=None, proxies=None, verify=None, timeout=None, auth=None):
        # requests.Request(...).prepare() runs the same preparation (and the AWS4Auth signer)
        # as requests.request, without the session's transport defaults and without sending.
        prepared.append(requests.Request(method, url, data=data, headers=headers, auth=auth).prepare())
        return FakeResponse()

    saved = requests.request
    requests.request = fake_request
    try:
        profile = ClientProfile(httpProfile=HttpProfile(endpoint=KCE_HOST, reqMethod=spec["method"]))
        client = KceClient(ksyun_credential.Credential(spec["credentials"]["accessKeyID"],
                                                       spec["credentials"]["accessKeySecret"]), KCE_REGION, profile)
        if spec.get("json"):
            client.call(spec["action"], dict(spec["params"]), {"IsPostJson": True})
        else:
            client.call(spec["action"], dict(spec["params"]))
    finally:
        requests.request = saved
    assert len(prepared) == 1
    return prepared[0]


def aws4auth_request(spec: dict):
    """Signs one request directly with requests_aws4auth.AWS4Auth, configured as the Kingsoft SDK does
    (AWS4Auth(access key, secret, region, service)), plus session_token for STS vectors."""
    creds = spec["credentials"]
    url = f"https://{KCE_HOST}{spec.get('path', '/')}"
    if spec.get("query"):
        url += "?" + wire_query(spec["query"])
    kwargs = {"session_token": creds["securityToken"]} if creds.get("securityToken") else {}
    auth = aws4auth_module.AWS4Auth(creds["accessKeyID"], creds["accessKeySecret"], KCE_REGION, KCE_SERVICE, **kwargs)
    body = spec.get("body", "").encode("utf-8") or None
    return requests.Request(spec["method"], url, data=body, headers=dict(spec.get("headers", [])), auth=auth).prepare()


def botocore_cross_check(spec_name, creds, date, method, url, signed_headers, body, expected):
    """Signs the same request with botocore SigV4Auth and asserts the same result.

    botocore is given exactly the headers AWS4Auth signed (host, content-type, x-amz-content-sha256);
    it adds X-Amz-Date and X-Amz-Security-Token itself. Given more headers, botocore would sign them
    too (it signs everything outside its small blacklist, e.g. Accept), whereas AWS4Auth signs only
    host, content-type, date and x-amz-*."""
    class Recording(botocore.auth.SigV4Auth):
        def canonical_request(self, request):
            self.recorded_canonical = super().canonical_request(request)
            return self.recorded_canonical

        def string_to_sign(self, request, canonical_request):
            self.recorded_sts = super().string_to_sign(request, canonical_request)
            return self.recorded_sts

    aws_request = botocore.awsrequest.AWSRequest(method=method, url=url, headers=signed_headers, data=body or b"")
    signer = Recording(botocore.credentials.Credentials(creds["accessKeyID"], creds["accessKeySecret"],
                                                         creds.get("securityToken")), KCE_SERVICE, KCE_REGION)
    with frozen_environment(date):
        signer.add_auth(aws_request)
    got = (signer.recorded_canonical, signer.recorded_sts, aws_request.headers["Authorization"])
    assert got == expected, f"{spec_name}: botocore SigV4Auth disagrees:\n{got}\n{expected}"


def aws4_vector(spec: dict, versions: dict) -> dict:
    creds, date = spec["credentials"], spec.get("date", DATE)
    capture = AWS4Capture()
    with frozen_environment(date), capture.installed():
        prepared = kingsoft_sdk_request(spec) if spec.get("sdk") else aws4auth_request(spec)
    assert len(capture.canonical) == 1 and len(capture.string_to_sign) == 1
    canonical_request, string_to_sign = capture.canonical[0], capture.string_to_sign[0]
    authorization = prepared.headers["Authorization"]
    parts = urlsplit(prepared.url)
    query = [list(pair) for pair in parse_qsl(parts.query, keep_blank_values=True)]
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode("utf-8")

    signed_names = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    headers = {name.lower(): value for name, value in prepared.headers.items()}
    headers.setdefault("host", KCE_HOST)  # AWS4Auth derives host from the URL when the request has none
    signed_headers = {name: headers[name] for name in signed_names
                      if name not in ("x-amz-date", "x-amz-security-token")}
    cross_url = f"https://{KCE_HOST}{parts.path}" + (f"?{wire_query(query)}" if query else "")
    botocore_cross_check(spec["name"], creds, date, prepared.method, cross_url, signed_headers, body,
                         (canonical_request, string_to_sign, authorization))

    added = {"host", "x-amz-date", "x-amz-content-sha256"}
    if creds.get("securityToken"):
        added.add("x-amz-security-token")
    final = [(name.lower() if name.lower() in added else name, value) for name, value in prepared.headers.items()]
    if "host" not in {name.lower() for name, _ in final}:
        final.append(("host", KCE_HOST))
    # Content-Length is computed by the HTTP library from the body and never signed.
    request_headers, expected_headers = split_headers(final, added, transport={"content-length"})
    request = {"method": prepared.method, "scheme": "https", "host": KCE_HOST, "path": parts.path,
               "query": query, "headers": request_headers, "body": body.decode("utf-8")}
    reference = spec.get("reference")
    if reference is None and not spec.get("sdk"):
        reference = (f"requests-aws4auth=={versions['requests-aws4auth']}: requests_aws4auth.AWS4Auth.__call__ "
                     f"(the signer kingsoftcloud-sdk-python=={versions['kingsoftcloud-sdk-python']} uses), driven directly")
        if creds.get("securityToken"):
            reference += " with session_token (the Kingsoft SDK itself never passes a token)"
    return vector(spec["name"], reference, creds, KCE_REGION, KCE_SERVICE, date, None, request, sorted(added),
                  {"canonicalRequest": canonical_request, "stringToSign": string_to_sign, "headers": expected_headers})


FORM = [["Accept", "application/json"], ["Content-Type", "application/x-www-form-urlencoded"]]

AWS4_SPECS = [
    {"name": "Kingsoft SDK GET DescribeCluster (SDK adds its own query parameters)", "sdk": True,
     "method": "GET", "action": "DescribeCluster", "credentials": KINGSOFT,
     "params": {"ClusterId": "5f0b3c4e-0000-4000-8000-000000000001"}},
    {"name": "Kingsoft SDK GET with flattened Filter list and a space", "sdk": True, "method": "GET",
     "action": "DescribeClusterInstance", "credentials": KINGSOFT,
     "params": {"ClusterId": "c1", "Filter.1.Name": "instance-name", "Filter.1.Value.1": "node a",
                "Filter.1.Value.2": "node/b", "MaxResults": "10"}},
    {"name": "Kingsoft SDK POST form body AddClusterInstances (vendor body: quote_plus)", "sdk": True,
     "method": "POST", "action": "AddClusterInstances", "credentials": KINGSOFT,
     "params": {"ClusterId": "c1", "InstanceSet.1.NodeRole": "Worker",
                "InstanceSet.1.NodeConfig.1.Label.1.Key": "env", "InstanceSet.1.NodeConfig.1.Label.1.Value": "a b*c~",
                "InstanceSet.1.InstanceConfig": "{\"ImageId\":\"img-1\",\"Name\":\"中 文\"}"}},
    {"name": "Kingsoft SDK POST JSON body (signer appends charset to content-type)", "sdk": True, "json": True,
     "method": "POST", "action": "CreateCluster", "credentials": KINGSOFT,
     "params": {"ClusterName": "fixture", "K8sVersion": "v1.30.1"}},
    {"name": "GET Action/Version only, no content-type", "method": "GET", "credentials": KINGSOFT,
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION], ["ClusterId", "c1"]],
     "headers": [["Accept", "application/json"]]},
    {"name": "POST form body encoded with %20", "method": "POST", "credentials": KINGSOFT, "headers": FORM,
     "body": "Action=AddClusterInstances&Version=2019-08-06&ClusterId=c1&InstanceSet.1.NodeRole=Worker"
             "&InstanceSet.1.InstanceConfig=%7B%22Name%22%3A%22node%20a%22%7D&Filter.1.Value.2=x%2Fy"},
    {"name": "query values with reserved characters", "method": "GET", "credentials": KINGSOFT,
     "query": [["Action", "DescribeClusterInstance"], ["Version", KCE_VERSION],
               ["Search", "a b/c~d+e*f=g&h"], ["Marker", "0"], ["Filter.1.Value.1", "!'()"]],
     "headers": [["Accept", "application/json"]]},
    {"name": "query values with unicode (中文 and emoji)", "method": "GET", "credentials": KINGSOFT,
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION], ["Search", "集群"], ["Tag", "🚀"]],
     "headers": [["Accept", "application/json"]]},
    {"name": "query with an empty value", "method": "GET", "credentials": KINGSOFT,
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION], ["ClusterId", ""], ["Marker", "0"]],
     "headers": [["Accept", "application/json"]]},
    {"name": "sorting-sensitive and repeated names", "method": "GET", "credentials": KINGSOFT,
     "query": [["Version", KCE_VERSION], ["Action", "DescribeClusterInstance"], ["Filter.2.Name", "b"],
               ["Filter.10.Name", "a"], ["InstanceId.1", "i-1"], ["instanceid.1", "lower"], ["Tag", "z"],
               ["Tag", "a"]],
     "headers": [["Accept", "application/json"]]},
    {"name": "flattened lists: InstanceSet.1.NodeRole, Filter.1.Value.2", "method": "POST",
     "credentials": KINGSOFT, "headers": FORM,
     "body": "Action=DescribeClusterInstance&Version=2019-08-06&ClusterId=c1&InstanceSet.1.NodeRole=Worker"
             "&Filter.1.Name=instance-name&Filter.1.Value.1=a&Filter.1.Value.2=b%20c"},
    {"name": "percent-encoded path (double-encoded in the canonical URI)", "method": "GET",
     "credentials": KINGSOFT, "path": "/api/a%20b/c%2Fd~e",
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION]], "headers": [["Accept", "application/json"]]},
    {"name": "STS security token", "method": "POST", "credentials": KINGSOFT_STS, "headers": FORM,
     "body": "Action=DescribeCluster&Version=2019-08-06&ClusterId=c1"},
    {"name": "last second of a day", "method": "GET", "credentials": KINGSOFT, "date": "2026-01-02T23:59:59Z",
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION]], "headers": [["Accept", "application/json"]]},
    {"name": "first second of the next day", "method": "GET", "credentials": KINGSOFT,
     "date": "2026-01-03T00:00:00Z",
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION]], "headers": [["Accept", "application/json"]]},
    {"name": "year boundary, empty POST body", "method": "POST", "credentials": KINGSOFT,
     "date": "2025-12-31T23:59:59Z", "headers": FORM,
     "query": [["Action", "DescribeCluster"], ["Version", KCE_VERSION]]},
]


# --------------------------------------------------------------------------------------------

def write(path: pathlib.Path, document: dict):
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, type=pathlib.Path, help="directory for the JSON files")
    args = parser.parse_args()
    versions = pinned_versions()
    args.output.mkdir(parents=True, exist_ok=True)

    tea_differences: list[str] = []
    acs1 = []
    for spec in ACS1_SPECS:
        if "reference" in spec:
            spec = dict(spec, reference=spec["reference"].format(core=versions["aliyun-python-sdk-core"]))
        acs1.append(acs1_vector(spec, versions, tea_differences))
    expected_differences = [spec["name"] for spec in ACS1_SPECS if spec.get("teaDiffers")]
    assert tea_differences == expected_differences, (tea_differences, expected_differences)
    write(args.output / "acs-hmac-sha1.json", {
        "algorithm": "acs-hmac-sha1",
        "reference": f"aliyun-python-sdk-core=={versions['aliyun-python-sdk-core']}: "
                     "aliyunsdkcore.auth.composer.roa_signature_composer.get_signature_headers",
        "vectors": acs1})

    write(args.output / "acs3-hmac-sha256.json", {
        "algorithm": "acs3-hmac-sha256",
        "reference": f"alibabacloud-tea-openapi=={versions['alibabacloud-tea-openapi']}: "
                     "alibabacloud_tea_openapi.client.Client.do_request (Utils.get_authorization)",
        "vectors": [acs3_vector(spec, versions) for spec in ACS3_SPECS]})

    write(args.output / "aws4-hmac-sha256.json", {
        "algorithm": "aws4-hmac-sha256",
        "reference": f"kingsoftcloud-sdk-python=={versions['kingsoftcloud-sdk-python']}: "
                     "ksyun.common.abstract_client.AbstractClient.call "
                     f"(signer requests-aws4auth=={versions['requests-aws4auth']}: requests_aws4auth.AWS4Auth.__call__)",
        "vectors": [aws4_vector(spec, versions) for spec in AWS4_SPECS]})

    print(f"wrote {len(acs1)} acs-hmac-sha1, {len(ACS3_SPECS)} acs3-hmac-sha256 and {len(AWS4_SPECS)} "
          f"aws4-hmac-sha256 vectors to {args.output}; every AWS4 vector agrees with botocore SigV4Auth; "
          f"alibabacloud-tea-openapi's ROA signer disagrees only on: {', '.join(tea_differences) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
