// The two term-scheme functions that hash, apart from the rest: only the
// indexer calls them, so a program that only searches links neither them nor
// OpenSSL's libcrypto, whose loading was the largest part of lede-search's
// start-up (2.7 of its 8.0 million instructions for --help, under callgrind).
#include <lede/error.h>
#include <lede/limits.h>

#include "common/term_scheme.h"

#include <openssl/evp.h>

namespace lede::term_scheme {

std::string id_term(std::string_view id) {
    std::string term(kId);
    if (id.size() <= limits::kMaxIdBytes) {
        term.append(id);
    } else {
        term.append("#").append(sha256_hex(id));
    }
    return term;
}

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &digest_length, EVP_sha256(), nullptr) != 1) {
        throw InternalError("EVP_Digest(SHA-256) failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(digest_length * 2);
    for (unsigned int i = 0; i < digest_length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0F]);
    }
    return hex;
}

} // namespace lede::term_scheme
