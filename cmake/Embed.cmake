# dyad_embed(<target> <symbol> <file>): compiles <file> into <target> as
#   std::string_view dyad::embedded::<symbol>();
# declared in the generated header embedded/<symbol>.h.
function(dyad_embed target symbol file)
  set(out_cc ${CMAKE_BINARY_DIR}/generated/embedded/${symbol}.cc)
  set(out_h ${CMAKE_BINARY_DIR}/generated/embedded/${symbol}.h)
  add_custom_command(
    OUTPUT ${out_cc} ${out_h}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT_CC=${out_cc} -DOUT_H=${out_h}
            -DSYMBOL=${symbol} -P ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS ${file} ${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${out_cc})
endfunction()
