# The dashboard (web/) bundled by esbuild and embedded as the library dyad_web_assets
# (src/server/web_assets.h). The bundle is rebuilt by the build whenever a file under
# web/src, web/build.mjs or web/package-lock.json changes; it needs node and the
# packages that `npm ci` installs into web/node_modules (scripts/setup does both).
find_program(DYAD_NODE NAMES node nodejs)
if(NOT DYAD_NODE)
  message(FATAL_ERROR "dyad: node is missing, the dashboard cannot be bundled: run scripts/setup")
endif()
set(web_dir ${CMAKE_SOURCE_DIR}/web)
if(NOT EXISTS ${web_dir}/node_modules/esbuild/package.json
   OR NOT EXISTS ${web_dir}/node_modules/echarts/package.json)
  message(FATAL_ERROR "dyad: web/node_modules is missing, the dashboard cannot be bundled: "
                      "run scripts/setup (or: cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci)")
endif()

set(web_dist ${CMAKE_BINARY_DIR}/web/dist)
set(web_cc ${CMAKE_BINARY_DIR}/generated/server/web_assets.cc)
file(GLOB_RECURSE web_sources CONFIGURE_DEPENDS ${web_dir}/src/*)
add_custom_command(
  OUTPUT ${web_cc} ${web_dist}/index.html ${web_dist}/app.js ${web_dist}/app.css
  COMMAND ${DYAD_NODE} ${web_dir}/build.mjs --outdir ${web_dist} --cc ${web_cc}
  DEPENDS ${web_sources} ${web_dir}/build.mjs ${web_dir}/package-lock.json
  WORKING_DIRECTORY ${web_dir}
  COMMENT "Bundling the dashboard (web/) and embedding it")
add_library(dyad_web_assets STATIC ${web_cc})
target_include_directories(dyad_web_assets PUBLIC ${CMAKE_SOURCE_DIR}/src)
