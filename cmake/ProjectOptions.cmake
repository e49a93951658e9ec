# Interface targets that every facepia target links: warnings, sanitizers. Cf. cpp-best-practices/cmake_template.
add_library(facepia_warnings INTERFACE)
target_compile_options(facepia_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough)
if(FACEPIA_WERROR)
  target_compile_options(facepia_warnings INTERFACE -Werror)
endif()

add_library(facepia_options INTERFACE)
if(FACEPIA_SANITIZE)
  target_compile_options(facepia_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                   -fno-sanitize-recover=undefined)
  target_link_options(facepia_options INTERFACE -fsanitize=address,undefined)
endif()

# Third-party headers are included as SYSTEM so that their warnings do not fail our -Werror build.
function(facepia_target target)
  target_link_libraries(${target} PRIVATE facepia_warnings facepia_options)
endfunction()

# The allocator of facepia's programs (not of its libraries: an embedder keeps its own). An assessment makes a
# few hundred small allocations; tcmalloc's thread caches serve them in about half the time of glibc's
# malloc (bench/RESULTS.md). Not with the sanitizers or libFuzzer, which bring their own.
add_library(facepia_allocator INTERFACE)
if(FACEPIA_TCMALLOC AND NOT FACEPIA_SANITIZE AND NOT FACEPIA_FUZZ)
  find_library(FACEPIA_TCMALLOC_LIBRARY tcmalloc_minimal)
  if(FACEPIA_TCMALLOC_LIBRARY)
    target_link_libraries(facepia_allocator INTERFACE ${FACEPIA_TCMALLOC_LIBRARY})
    target_compile_definitions(facepia_allocator INTERFACE FACEPIA_TCMALLOC_LINKED=1)
  else()
    message(STATUS "tcmalloc_minimal not found (libgoogle-perftools-dev): the programs use glibc's malloc")
  endif()
endif()
