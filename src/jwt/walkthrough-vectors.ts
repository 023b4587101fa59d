/**
 * Test vectors for the walkthrough helpers, copied so tests never read files outside the repo.
 *
 * - RFC 7515 Appendix A.1: an HS256 JWS whose header and payload keep their CRLF line breaks.
 * - jwt.io's end-to-end data (jsonwebtoken/jsonwebtoken.github.io, e2e/jwt.json at d88e970,
 *   Apache License 2.0, copyright 2025 Auth0): header and payload as typed in its editor, the
 *   key, and the token jwt.io produced. Only public keys are kept for RS256 and ES256.
 */

export const RFC7515_A1 = {
  headerText: '{"typ":"JWT",\r\n "alg":"HS256"}',
  payloadText: '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
  keyBase64url: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
  encodedHeader: 'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9',
  encodedPayload: 'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
  encodedSignature: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
};

export const JWTIO_HS256 = {
  headerText: "{\n  \"alg\": \"HS256\",\n  \"type\": \"JWT\"\n}",
  payloadText: "{\n  \"name\": \"Eric Arthur Blair\",\n  \"given_name\": \"Eric\",\n  \"middle_name\": \"Arthur\",\n  \"family_name\": \"Blair\",\n  \"nickname\": \"George Orwell\",\n  \"preferred_username\": \"Orwell\",\n  \"profile\": \"https://en.wikipedia.org/wiki/George_Orwell\",\n  \"picture\": \"https://upload.wikimedia.org/wikipedia/commons/7/7e/George_Orwell_press_photo.jpg\",\n  \"website\": \"https://www.orwellfoundation.com/the-orwell-foundation/orwell/books-by-orwell/\",\n  \"birthdate\": -2099242800,\n  \"locale\": \"en-GB\",\n  \"updated_at\": 441781200,\n  \"zoneinfo\": \"Europe/London\"\n}",
  secret: "bLoK5yaK9XGmEfcEk9dV1cxDWLoAdQg9",
  token: "eyJhbGciOiJIUzI1NiIsInR5cGUiOiJKV1QifQ.eyJuYW1lIjoiRXJpYyBBcnRodXIgQmxhaXIiLCJnaXZlbl9uYW1lIjoiRXJpYyIsIm1pZGRsZV9uYW1lIjoiQXJ0aHVyIiwiZmFtaWx5X25hbWUiOiJCbGFpciIsIm5pY2tuYW1lIjoiR2VvcmdlIE9yd2VsbCIsInByZWZlcnJlZF91c2VybmFtZSI6Ik9yd2VsbCIsInByb2ZpbGUiOiJodHRwczovL2VuLndpa2lwZWRpYS5vcmcvd2lraS9HZW9yZ2VfT3J3ZWxsIiwicGljdHVyZSI6Imh0dHBzOi8vdXBsb2FkLndpa2ltZWRpYS5vcmcvd2lraXBlZGlhL2NvbW1vbnMvNy83ZS9HZW9yZ2VfT3J3ZWxsX3ByZXNzX3Bob3RvLmpwZyIsIndlYnNpdGUiOiJodHRwczovL3d3dy5vcndlbGxmb3VuZGF0aW9uLmNvbS90aGUtb3J3ZWxsLWZvdW5kYXRpb24vb3J3ZWxsL2Jvb2tzLWJ5LW9yd2VsbC8iLCJiaXJ0aGRhdGUiOi0yMDk5MjQyODAwLCJsb2NhbGUiOiJlbi1HQiIsInVwZGF0ZWRfYXQiOjQ0MTc4MTIwMCwiem9uZWluZm8iOiJFdXJvcGUvTG9uZG9uIn0.a0SnOW9tHtrmBBaJ9wMNlYF05BxPSUH79c3myg8QVOA",
};

export const JWTIO_RS256 = {
  headerText: "{\n  \"alg\": \"RS256\",\n  \"type\": \"JWT\"\n}",
  payloadText: "{\n  \"name\": \"Eric Arthur Blair\",\n  \"given_name\": \"Eric\",\n  \"middle_name\": \"Arthur\",\n  \"family_name\": \"Blair\",\n  \"nickname\": \"George Orwell\",\n  \"preferred_username\": \"Orwell\",\n  \"profile\": \"https://en.wikipedia.org/wiki/George_Orwell\",\n  \"picture\": \"https://upload.wikimedia.org/wikipedia/commons/7/7e/George_Orwell_press_photo.jpg\",\n  \"website\": \"https://www.orwellfoundation.com/the-orwell-foundation/orwell/books-by-orwell/\",\n  \"birthdate\": -2099242800,\n  \"locale\": \"en-GB\",\n  \"updated_at\": 441781200,\n  \"zoneinfo\": \"Europe/London\"\n}",
  publicJwk: {"kty": "RSA", "n": "6ijZmDlrLczGWCoiIEW865WO6BiYjsmkSdaryoMEGbJbbpaJiRO6ebzPEXBep-mvKhdHVDO_Or6USFmZEHi8azpjV-Fc2wb0eB1io4K3gqZsQ5xQpO2ueDqXLK4IB4hMWEGNs36z1o8CqUGsVzX4sqd3APENqc6SUHdSubzxhHMSW49JXEdJiX9vhCXPHL9bO30IhMGxCZEy9YM3L8bUMFQ0TeAItIbaKIkX0MyiMOJNoq6qFw4QTDgrrvtvAJl4QTe1hoFUFXJvRhRYatju79184C9toftBsquyMrVIBe0wiQ7LBOHJTKeI6Uz4RxLFKyFPOR5uPyIcE2VnJiyuJQ", "e": "AQAB"},
  token: "eyJhbGciOiJSUzI1NiIsInR5cGUiOiJKV1QifQ.eyJuYW1lIjoiRXJpYyBBcnRodXIgQmxhaXIiLCJnaXZlbl9uYW1lIjoiRXJpYyIsIm1pZGRsZV9uYW1lIjoiQXJ0aHVyIiwiZmFtaWx5X25hbWUiOiJCbGFpciIsIm5pY2tuYW1lIjoiR2VvcmdlIE9yd2VsbCIsInByZWZlcnJlZF91c2VybmFtZSI6Ik9yd2VsbCIsInByb2ZpbGUiOiJodHRwczovL2VuLndpa2lwZWRpYS5vcmcvd2lraS9HZW9yZ2VfT3J3ZWxsIiwicGljdHVyZSI6Imh0dHBzOi8vdXBsb2FkLndpa2ltZWRpYS5vcmcvd2lraXBlZGlhL2NvbW1vbnMvNy83ZS9HZW9yZ2VfT3J3ZWxsX3ByZXNzX3Bob3RvLmpwZyIsIndlYnNpdGUiOiJodHRwczovL3d3dy5vcndlbGxmb3VuZGF0aW9uLmNvbS90aGUtb3J3ZWxsLWZvdW5kYXRpb24vb3J3ZWxsL2Jvb2tzLWJ5LW9yd2VsbC8iLCJiaXJ0aGRhdGUiOi0yMDk5MjQyODAwLCJsb2NhbGUiOiJlbi1HQiIsInVwZGF0ZWRfYXQiOjQ0MTc4MTIwMCwiem9uZWluZm8iOiJFdXJvcGUvTG9uZG9uIn0.leRxeES7xOxhamF4OZzmwWBsvaZF3s6-G-ZIXYUIWG42TrhazAKvpvoZpyLGGu8XEVAKMFCiffBLm30h8K1TwKeERZrdRa64h4nm8y3n4K05VZhej373dAqhqSsYJqbK4Vokrpg-Nb18-_C-HSb9sM1UyB5baAcTCxqg9KPO_OSAAUxJiTsIXxe4swUtbOU4GkhWRHb6DlTFqMw-l-p70H6OuwQNgHM-L4oAxRWmM285jfKCsfwy5eaeVkOUpnQyawFH8cRmztV7MUGnO3qR02LpKbQd6BbeMpo8mzz5rx4VpAtmXKSiGEEWKePYokt9igife5FwS98rYwpIM8ArqA",
};

export const JWTIO_ES256 = {
  headerText: "{\n  \"alg\": \"ES256\",\n  \"type\": \"JWT\"\n}",
  payloadText: "{\n  \"name\": \"Eric Arthur Blair\",\n  \"given_name\": \"Eric\",\n  \"middle_name\": \"Arthur\",\n  \"family_name\": \"Blair\",\n  \"nickname\": \"George Orwell\",\n  \"preferred_username\": \"Orwell\",\n  \"profile\": \"https://en.wikipedia.org/wiki/George_Orwell\",\n  \"picture\": \"https://upload.wikimedia.org/wikipedia/commons/7/7e/George_Orwell_press_photo.jpg\",\n  \"website\": \"https://www.orwellfoundation.com/the-orwell-foundation/orwell/books-by-orwell/\",\n  \"birthdate\": -2099242800,\n  \"locale\": \"en-GB\",\n  \"updated_at\": 441781200,\n  \"zoneinfo\": \"Europe/London\"\n}",
  publicJwk: {"kty": "EC", "crv": "P-256", "x": "Q0O4qTvMrub_iTi2MEeYIxpYEPXnA8QiysjVZQGwrw4", "y": "IJx86yoVC-uGtciMhxBIy7oeO2jCYwFpoq-5VxOamJU"},
  token: "eyJhbGciOiJFUzI1NiIsInR5cGUiOiJKV1QifQ.eyJuYW1lIjoiRXJpYyBBcnRodXIgQmxhaXIiLCJnaXZlbl9uYW1lIjoiRXJpYyIsIm1pZGRsZV9uYW1lIjoiQXJ0aHVyIiwiZmFtaWx5X25hbWUiOiJCbGFpciIsIm5pY2tuYW1lIjoiR2VvcmdlIE9yd2VsbCIsInByZWZlcnJlZF91c2VybmFtZSI6Ik9yd2VsbCIsInByb2ZpbGUiOiJodHRwczovL2VuLndpa2lwZWRpYS5vcmcvd2lraS9HZW9yZ2VfT3J3ZWxsIiwicGljdHVyZSI6Imh0dHBzOi8vdXBsb2FkLndpa2ltZWRpYS5vcmcvd2lraXBlZGlhL2NvbW1vbnMvNy83ZS9HZW9yZ2VfT3J3ZWxsX3ByZXNzX3Bob3RvLmpwZyIsIndlYnNpdGUiOiJodHRwczovL3d3dy5vcndlbGxmb3VuZGF0aW9uLmNvbS90aGUtb3J3ZWxsLWZvdW5kYXRpb24vb3J3ZWxsL2Jvb2tzLWJ5LW9yd2VsbC8iLCJiaXJ0aGRhdGUiOi0yMDk5MjQyODAwLCJsb2NhbGUiOiJlbi1HQiIsInVwZGF0ZWRfYXQiOjQ0MTc4MTIwMCwiem9uZWluZm8iOiJFdXJvcGUvTG9uZG9uIn0.j-aILHqyk-DB7TamCqlDX69wQeOfaTQnWj_HkW3d95IiHROhntOqFiyiYmzvkYjKnJoAEo_LzVKbFydbc-wU_Q",
};
