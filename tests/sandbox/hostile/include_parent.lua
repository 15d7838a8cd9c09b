-- expect: file: '..' is not allowed
include("../../CMakeLists.txt")
