# Script mode: turns IN into a C++ byte array behind dyad::embedded::SYMBOL().
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE ${OUT_H} "// Generated from ${IN}; do not edit.\n#pragma once\n#include <string_view>\nnamespace dyad::embedded {\nstd::string_view ${SYMBOL}();\n}\n")
file(WRITE ${OUT_CC} "// Generated from ${IN}; do not edit.\n#include \"embedded/${SYMBOL}.h\"\nnamespace dyad::embedded {\nnamespace {\nconst unsigned char kData[] = {\n${bytes}0};\n}\nstd::string_view ${SYMBOL}() {\n  return std::string_view(reinterpret_cast<const char*>(kData), ${size});\n}\n}  // namespace dyad::embedded\n")
