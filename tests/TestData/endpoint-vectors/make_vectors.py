#!/usr/bin/env python3
"""Test vectors for the WhatsApp Flows endpoint protocol, made with an implementation that is not FlowTypes'.

Follows Meta's "Implementing Endpoint for Flows" guide
(https://developers.facebook.com/docs/whatsapp/flows/guides/implementingyourflowendpoint):

* the request body is JSON with three Base64 strings: encrypted_aes_key, encrypted_flow_data, initial_vector;
* encrypted_aes_key is a 128-bit AES key encrypted with the business public key, RSA-OAEP with SHA-256 (and SHA-256
  for MGF1);
* encrypted_flow_data is the UTF-8 JSON request encrypted with AES-128-GCM under that key and the 128-bit
  initial_vector, the 16-byte tag appended to the ciphertext;
* the response is the UTF-8 JSON answer encrypted with the same key and the initial vector with every bit flipped,
  tag appended, sent as Base64 text;
* X-Hub-Signature-256 is "sha256=" + hex HMAC-SHA256 of the raw request body keyed with the app secret.

Uses the `cryptography` package only. The C# tests read the files this writes; CI never runs Python.

    python3 make_vectors.py            # writes vectors.json (reuses the key pair if present)
    python3 make_vectors.py decrypt-response <aes-key-b64> <iv-b64> <response-b64>
                                       # decrypts a response an endpoint sent (for checking by hand)

The RSA key pair here is for tests only: it is committed on purpose and must never protect real data.
"""
import base64
import hashlib
import hmac
import json
import os
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

HERE = os.path.dirname(os.path.abspath(__file__))
PASSPHRASE = b"flowtypes-test-only"
APP_SECRET = "test-app-secret-not-real"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def compact(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=True).encode("utf-8")


def load_or_create_key(name: str) -> rsa.RSAPrivateKey:
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        with open(path, "rb") as f:
            return serialization.load_pem_private_key(f.read(), password=None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with open(path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return key


def oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def flip(iv: bytes) -> bytes:
    return bytes(b ^ 0xFF for b in iv)


def encrypt_request(public_key, plaintext: bytes, aes_key: bytes, iv: bytes) -> bytes:
    body = {
        "encrypted_flow_data": b64(AESGCM(aes_key).encrypt(iv, plaintext, None)),
        "encrypted_aes_key": b64(public_key.encrypt(aes_key, oaep())),
        "initial_vector": b64(iv),
    }
    return json.dumps(body).encode("utf-8")


def encrypt_response(plaintext: bytes, aes_key: bytes, iv: bytes) -> str:
    return b64(AESGCM(aes_key).encrypt(flip(iv), plaintext, None))


def signature(body: bytes) -> str:
    return "sha256=" + hmac.new(APP_SECRET.encode("utf-8"), body, hashlib.sha256).hexdigest()


# The conversation: book_a_table.flow.json beside this file, the corpus flow
# david-lev__pywa__tests__data__flows__2_1__examples__book_a_table.json (screens BOOK_TABLE -> BOOKING_DETAILS ->
# BOOKING_CONFIRMATION; Flow JSON 2.1, so the DatePicker sends a millisecond timestamp), as WhatsApp would drive it.
# Every screen response carries all the data the screen declares (WhatsApp rejects a screen whose data is missing, and
# the generated handler's screen data types require every field); the flow has no refresh_on_back, so no BACK.
TIMES_ALL = [{"id": "1", "title": "12:30"}, {"id": "2", "title": "13:30"}, {"id": "3", "title": "18:30"}]
TIMES_SAT = [{"id": "3", "title": "18:30"}, {"id": "4", "title": "19:30"}]
BOOK_TABLE_DATA = {
    "min_date": "1767225600000",
    "max_date": "1798761600000",
    "unavailable_dates": ["1767312000000"],
    "time": TIMES_ALL,
    "people": [{"id": "1", "title": "1"}, {"id": "2", "title": "2"}, {"id": "3", "title": "3"}],
    "location": [{"id": "1", "title": "Shorty Heights, Light City, 59923"}],
}
CASES = [
    ("ping",
     {"version": "3.0", "action": "ping"},
     {"data": {"status": "active"}}),
    ("init",
     {"version": "3.0", "action": "INIT", "flow_token": "booking-7f3a"},
     {"screen": "BOOK_TABLE", "data": BOOK_TABLE_DATA}),
    ("select-date",
     {"version": "3.0", "action": "data_exchange", "screen": "BOOK_TABLE", "flow_token": "booking-7f3a",
      "data": {"date": "1767830400000"}},
     {"screen": "BOOK_TABLE", "data": {**BOOK_TABLE_DATA, "time": TIMES_SAT}}),
    ("submit-details",
     {"version": "3.0", "action": "data_exchange", "screen": "BOOKING_DETAILS", "flow_token": "booking-7f3a",
      "data": {"name": "Ada Lovelace", "special_occasion": "1", "requirements": "Window seat"}},
     {"screen": "BOOKING_CONFIRMATION", "data": {
         "date": "Date: 2026-01-08", "time": "Time: 18:30", "people": "People: 2",
         "location": "Location: Shorty Heights, Light City, 59923", "name": "Name: Ada Lovelace",
         "special_occasion": "Special Occasion: Birthday"}}),
    ("confirm",
     {"version": "3.0", "action": "data_exchange", "screen": "BOOKING_CONFIRMATION", "flow_token": "booking-7f3a",
      "data": {}},
     {"screen": "SUCCESS", "data": {"extension_message_response": {"params": {
         "flow_token": "booking-7f3a", "booking_id": "BK-1001"}}}}),
    ("error-notification",
     {"version": "3.0", "action": "data_exchange", "screen": "BOOK_TABLE", "flow_token": "booking-7f3a",
      "data": {"error": "INVALID_SCREEN_DATA", "error_message": "time is missing"}},
     {"data": {"acknowledged": True}}),
    ("expired-token",
     {"version": "3.0", "action": "data_exchange", "screen": "BOOKING_DETAILS", "flow_token": "expired-0001",
      "data": {"name": "Late", "special_occasion": "2", "requirements": ""}},
     {"error_msg": "This booking link has expired."}),
]


def make() -> None:
    key = load_or_create_key("private-key.pem")
    with open(os.path.join(HERE, "private-key-encrypted.pem"), "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.BestAvailableEncryption(PASSPHRASE)))
    with open(os.path.join(HERE, "public-key.pem"), "wb") as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    # A key WhatsApp might still hold after the business rotated its key: never committed, only its ciphertext is.
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    cases = []
    for name, request, response in CASES:
        aes_key, iv = os.urandom(16), os.urandom(16)
        plaintext, answer = compact(request), compact(response)
        body = encrypt_request(key.public_key(), plaintext, aes_key, iv)
        cases.append({
            "name": name,
            "aes_key": b64(aes_key),
            "initial_vector": b64(iv),
            "request_plaintext": plaintext.decode("utf-8"),
            "request_body": body.decode("utf-8"),
            "signature": signature(body),
            "response_plaintext": answer.decode("utf-8"),
            "response_body": encrypt_response(answer, aes_key, iv),
        })

    aes_key, iv = os.urandom(16), os.urandom(16)
    wrong = encrypt_request(other.public_key(), compact(CASES[0][1]), aes_key, iv)
    out = {
        "source": "make_vectors.py (Python cryptography %s), following Meta's 'Implementing Endpoint for Flows'" % __import__("cryptography").__version__,
        "passphrase": PASSPHRASE.decode("ascii"),
        "app_secret": APP_SECRET,
        "cases": cases,
        "wrong_key_request_body": wrong.decode("utf-8"),
        "wrong_key_signature": signature(wrong),
    }
    with open(os.path.join(HERE, "vectors.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    print("wrote %d cases to vectors.json" % len(cases))


def decrypt_response(aes_key_b64: str, iv_b64: str, response_b64: str) -> None:
    aes_key, iv = base64.b64decode(aes_key_b64), base64.b64decode(iv_b64)
    print(AESGCM(aes_key).decrypt(flip(iv), base64.b64decode(response_b64), None).decode("utf-8"))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "decrypt-response":
        decrypt_response(*sys.argv[2:])
    else:
        make()
