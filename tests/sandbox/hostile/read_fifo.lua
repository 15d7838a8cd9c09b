-- expect: file: not a regular file
-- The test makes a FIFO named fifo in its copy: opening it would block.
local s = read("fifo")
