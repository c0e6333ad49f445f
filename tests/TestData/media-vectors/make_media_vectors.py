#!/usr/bin/env python3
"""Test vectors for decrypting the files a WhatsApp Flows PhotoPicker or DocumentPicker sends to an endpoint, made
with an implementation that is not FlowTypes'.

Follows Meta's "Media upload components" reference, "Decrypting and validating media"
(https://developers.facebook.com/docs/whatsapp/flows/reference/media_upload#decrypting-and-validating-media):

* the endpoint receives, per file, media_id, cdn_url, file_name and encryption_metadata with Base64 encrypted_hash,
  iv, encryption_key, hmac_key and plaintext_hash;
* the CDN file is the AES-256-CBC ciphertext (PKCS7 padding, 16-byte blocks) of the file followed by the first 10 bytes
  of HMAC-SHA256 (hmac_key) over the iv and the ciphertext;
* encrypted_hash is SHA-256 of the CDN file, plaintext_hash SHA-256 of the decrypted file.

Uses the `cryptography` package for every primitive. Keys, IVs and contents are derived from fixed labels, so running
it again writes the same file. The C# tests read media-vectors.json; CI never runs Python.

    python3 make_media_vectors.py      # writes media-vectors.json

Each case has the file object as the endpoint gets it (cdn_url is a path the test serves), the CDN file's bytes, and
either the plaintext the decryption must give or the check that must fail.
"""
import base64
import json
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

HERE = os.path.dirname(os.path.abspath(__file__))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def sha256(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


def derive(label: str, length: int) -> bytes:
    """Deterministic test bytes: SHA-256 blocks of the label and a counter."""
    out = b""
    counter = 0
    while len(out) < length:
        out += sha256(f"{label}/{counter}".encode("utf-8"))
        counter += 1
    return out[:length]


def hmac10(key: bytes, iv: bytes, ciphertext: bytes) -> bytes:
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(iv + ciphertext)
    return mac.finalize()[:10]


def aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def pkcs7(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    return padder.update(data) + padder.finalize()


def encrypt(name: str, plaintext: bytes):
    """What WhatsApp does with an uploaded file: returns the CDN file and the encryption_metadata."""
    key = derive(name + "/encryption_key", 32)
    iv = derive(name + "/iv", 16)
    hmac_key = derive(name + "/hmac_key", 32)
    ciphertext = aes_cbc(key, iv, pkcs7(plaintext))
    cdn_file = ciphertext + hmac10(hmac_key, iv, ciphertext)
    metadata = {
        "encrypted_hash": b64(sha256(cdn_file)),
        "iv": b64(iv),
        "encryption_key": b64(key),
        "hmac_key": b64(hmac_key),
        "plaintext_hash": b64(sha256(plaintext)),
    }
    return cdn_file, metadata


def case(name, file_name, cdn_file, metadata, plaintext=None, failure=None, note=""):
    media = {
        "media_id": str(derive(name + "/media_id", 16).hex()),
        "cdn_url": "/cdn/" + name,
        "file_name": file_name,
        "encryption_metadata": metadata,
    }
    result = {"name": name, "note": note, "media": media, "cdn_file": b64(cdn_file)}
    if failure is None:
        result["plaintext"] = b64(plaintext)
    else:
        result["failure"] = failure
    return result


def main():
    cases = []

    # Files that decrypt.
    text = "Receipt #4711: 2 x succulent, 25% off. Gracias, ¡hasta pronto!\n".encode("utf-8")
    cdn, meta = encrypt("receipt_txt", text)
    cases.append(case("receipt_txt", "receipt.txt", cdn, meta, plaintext=text, note="a text file (not a whole number of blocks)"))

    empty = b""
    cdn, meta = encrypt("empty", empty)
    cases.append(case("empty", "empty.pdf", cdn, meta, plaintext=empty, note="an empty file: one block of padding"))

    block = derive("block_bin/content", 32)
    cdn, meta = encrypt("block_bin", block)
    cases.append(case("block_bin", "two-blocks.bin", cdn, meta, plaintext=block, note="exactly two blocks: a whole block of padding"))

    photo = derive("photo_jpg/content", 64_003)
    cdn, meta = encrypt("photo_jpg", photo)
    cases.append(case("photo_jpg", "IMG_5237.jpg", cdn, meta, plaintext=photo, note="a 64 KB file over several reads"))

    # Files that must be refused, each failing exactly one check, in Meta's order.
    cdn, meta = encrypt("truncated", text)
    cases.append(case("truncated", "receipt.txt", cdn[:-1], meta, failure="EncryptedHashMismatch",
                      note="the download lost its last byte: encrypted_hash does not match"))

    cdn, meta = encrypt("tampered", text)
    altered = bytearray(cdn)
    altered[5] ^= 0x01
    altered = bytes(altered)
    meta = dict(meta, encrypted_hash=b64(sha256(altered)))
    cases.append(case("tampered", "receipt.txt", altered, meta, failure="HmacMismatch",
                      note="one ciphertext bit flipped and encrypted_hash recomputed: the HMAC catches it"))

    cdn, meta = encrypt("wrong_hmac_key", text)
    meta = dict(meta, hmac_key=b64(derive("another/hmac_key", 32)))
    cases.append(case("wrong_hmac_key", "receipt.txt", cdn, meta, failure="HmacMismatch",
                      note="the hmac_key of another file"))

    cdn, meta = encrypt("wrong_plaintext_hash", text)
    meta = dict(meta, plaintext_hash=b64(sha256(text + b"!")))
    cases.append(case("wrong_plaintext_hash", "receipt.txt", cdn, meta, failure="PlaintextHashMismatch",
                      note="plaintext_hash of other content"))

    # A ciphertext whose HMAC and hashes are right but whose last block does not end in PKCS7 padding.
    name = "bad_padding"
    key, iv, hmac_key = derive(name + "/encryption_key", 32), derive(name + "/iv", 16), derive(name + "/hmac_key", 32)
    ciphertext = aes_cbc(key, iv, derive(name + "/content", 31) + b"\x00")
    cdn = ciphertext + hmac10(hmac_key, iv, ciphertext)
    meta = {"encrypted_hash": b64(sha256(cdn)), "iv": b64(iv), "encryption_key": b64(key), "hmac_key": b64(hmac_key),
            "plaintext_hash": b64(sha256(b""))}
    cases.append(case(name, "bad.bin", cdn, meta, failure="InvalidCiphertext",
                      note="authentic, but the last byte of the plaintext is 0, which is not PKCS7 padding"))

    # Whole blocks but no room for the HMAC: 16 + 10 - 1 bytes cannot be a CDN file.
    short = derive("short/content", 25)
    cases.append(case("short", "short.bin", short, {"encrypted_hash": b64(sha256(short)), "iv": b64(iv),
                      "encryption_key": b64(key), "hmac_key": b64(hmac_key), "plaintext_hash": b64(sha256(b""))},
                      failure="InvalidCiphertext", note="25 bytes: not whole AES blocks plus a 10-byte HMAC"))

    cdn, meta = encrypt("short_iv", text)
    meta = dict(meta, iv=b64(derive("short_iv/iv", 12)))
    cases.append(case("short_iv", "receipt.txt", cdn, meta, failure="InvalidMetadata", note="a 12-byte iv"))

    with open(os.path.join(HERE, "media-vectors.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({
            "comment": "Written by make_media_vectors.py with Python's cryptography package, following Meta's "
                       "'Media upload components' reference (decrypting and validating media). Test data only.",
            "cases": cases,
        }, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
