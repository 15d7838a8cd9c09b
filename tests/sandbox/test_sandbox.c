/* test_sandbox.c: the sandbox against the hostile scenarios in
 * tests/sandbox/hostile (each says on its first line how it must fail, as
 * "-- expect: STATUS: substring") and unit checks that what scenarios may
 * do still works: the allowed library, sorted pairs, patterns (expected
 * values from the lua5.4 interpreter), read, include, sandbox_call and the
 * limits. argv[1] is the tests/ source folder. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <lauxlib.h>
#include "testing.h"
#include "script/sandbox.h"

#define HOSTILE_SECONDS 2.0      /* a safety bound, not a speed target */

/* Sanitizer builds run several times slower; the test environment says by
 * how much (DOJO_TIME_SCALE), so the bound still catches a hang there. */
static double hostile_seconds(void)
{
    const char *scale = getenv("DOJO_TIME_SCALE");
    double k = scale ? atof(scale) : 1.0;
    return HOSTILE_SECONDS * (k >= 1.0 ? k : 1.0);
}

static char tmp_root[256];

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void write_file(const char *dir, const char *name, const char *data, size_t n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(data, 1, n, f);
    fclose(f);
}

static void write_text(const char *dir, const char *name, const char *text)
{
    write_file(dir, name, text, strlen(text));
}

/* A fresh folder under the test's temporary root. */
static const char *make_dir(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp_root, name);
    if (mkdir(path, 0700) != 0) { perror(path); exit(2); }
    return path;
}

/* Runs code as scenario.lua of a fresh folder. */
static SandboxStatus run_code(const char *dir, const char *code, const SandboxLimits *lim,
                              SandboxError *err)
{
    write_text(dir, "scenario.lua", code);
    Sandbox *sb = sandbox_create(dir, lim);
    CHECK(sb != NULL);
    if (!sb) return SANDBOX_ERR_FILE;
    SandboxStatus st = sandbox_run_file(sb, "scenario.lua", err);
    sandbox_destroy(sb);
    return st;
}

/* Runs code that must succeed; its assert() messages say what went wrong. */
static void check_ok(const char *what, const char *code)
{
    static int n;
    char name[64];
    snprintf(name, sizeof name, "ok%d", ++n);
    SandboxError err;
    SandboxStatus st = run_code(make_dir(name), code, NULL, &err);
    if (st != SANDBOX_OK)
        fprintf(stderr, "%s: %s %s:%d: %s\n", what, sandbox_status_code(st), err.file, err.line,
                err.message);
    CHECK_INT(st, SANDBOX_OK);
}

static void check_fails(const char *what, const char *code, SandboxStatus want, const char *text,
                        int line)
{
    static int n;
    char name[64];
    snprintf(name, sizeof name, "fail%d", ++n);
    SandboxError err;
    SandboxStatus st = run_code(make_dir(name), code, NULL, &err);
    if (st != want) fprintf(stderr, "%s: got %s: %s\n", what, sandbox_status_code(st), err.message);
    CHECK_INT(st, want);
    CHECK_CONTAINS(err.message, text);
    if (line) CHECK_INT(err.line, line);
}

/* ---- Hostile scenarios ---- */

static bool copy_file(const char *from_dir, const char *to_dir, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", from_dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    CHECK(n < sizeof buf);            /* hostile files stay small on disk */
    write_file(to_dir, name, buf, n);
    return true;
}

static int is_lua(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return n > 4 && strcmp(d->d_name + n - 4, ".lua") == 0;
}

/* "-- expect: budget: runs too long" -> "budget", "runs too long" */
static bool read_expectation(const char *dir, const char *name, char *code, char *text)
{
    char path[1024], line[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = fgets(line, sizeof line, f) != NULL;
    fclose(f);
    const char *e = ok ? strstr(line, "-- expect: ") : NULL;
    if (!e) return false;
    e += strlen("-- expect: ");
    const char *colon = strstr(e, ": ");
    if (!colon) return false;
    snprintf(code, 32, "%.*s", (int)(colon - e), e);
    snprintf(text, 256, "%s", colon + 2);
    text[strcspn(text, "\r\n")] = '\0';
    return true;
}

static bool mentions_files(const char *dir, const char *name)
{
    char path[1024], buf[65536];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strstr(buf, "read(") || strstr(buf, "include(");
}

static SandboxStatus run_timed(const char *folder, const char *path, SandboxError *err,
                               double *seconds)
{
    double t0 = now_seconds();
    Sandbox *sb = sandbox_create(folder, NULL);
    CHECK(sb != NULL);
    SandboxStatus st = sb ? sandbox_run_file(sb, path, err) : SANDBOX_ERR_FILE;
    sandbox_destroy(sb);
    *seconds = now_seconds() - t0;
    return st;
}

/* In the folder the file must fail as declared; alone (no folder) it must
 * fail too, and read()/include() must say single files cannot read. */
static void run_hostile(const char *dir, const char *name)
{
    char code[32], text[256], path[1024];
    bool declared = read_expectation(dir, name, code, text);
    if (!declared) fprintf(stderr, "%s: no '-- expect: STATUS: text' on the first line\n", name);
    CHECK(declared);
    if (!declared) return;
    SandboxError err;
    double secs;
    SandboxStatus st = run_timed(dir, name, &err, &secs);
    printf("  %-30s %-8s %6.3f s  %s:%d: %.70s\n", name, sandbox_status_code(st), secs, err.file,
           err.line, err.message);
    CHECK_STR(sandbox_status_code(st), code);
    CHECK_CONTAINS(err.message, text);
    CHECK(secs < hostile_seconds());
    snprintf(path, sizeof path, "%s/%s", dir, name);
    st = run_timed(NULL, path, &err, &secs);
    CHECK(st != SANDBOX_OK);
    CHECK(secs < hostile_seconds());
    if (mentions_files(dir, name)) {
        CHECK_INT(st, SANDBOX_ERR_FILE);
        CHECK_CONTAINS(err.message, "single-file scenarios cannot read files");
    } else {
        CHECK_STR(sandbox_status_code(st), code);
    }
}

/* Copies the hostile folder, adds what cannot be committed (links out of
 * the folder, a FIFO, a subfolder), and runs every file. */
static void test_hostile(const char *tests_dir)
{
    char src[1024];
    snprintf(src, sizeof src, "%s/sandbox/hostile", tests_dir);
    const char *dir = make_dir("hostile");
    char link[1024];
    snprintf(link, sizeof link, "%s/link_out", dir);
    CHECK(symlink("/etc/passwd", link) == 0);
    snprintf(link, sizeof link, "%s/zero", dir);
    CHECK(symlink("/dev/zero", link) == 0);
    snprintf(link, sizeof link, "%s/fifo", dir);
    CHECK(mkfifo(link, 0600) == 0);
    snprintf(link, sizeof link, "%s/sub", dir);
    CHECK(mkdir(link, 0700) == 0);
    struct dirent **names;
    int n = scandir(src, &names, is_lua, alphasort);
    CHECK(n >= 25);
    for (int i = 0; i < n; i++) CHECK(copy_file(src, dir, names[i]->d_name));
    printf("hostile scenarios (%d):\n", n);
    for (int i = 0; i < n; i++) {
        run_hostile(dir, names[i]->d_name);
        free(names[i]);
    }
    free(names);
}

/* Deep nesting generated here, since it would be big on disk. */
static void test_parser_depth(void)
{
    const char *dir = make_dir("deep");
    size_t n = 100000;
    char *code = malloc(n + 16);
    for (int open = 0; open < 2; open++) {
        memcpy(code, "return ", 7);
        memset(code + 7, open ? '{' : '(', n);
        code[7 + n] = '\0';
        SandboxError err;
        double t0 = now_seconds();
        SandboxStatus st = run_code(dir, code, NULL, &err);
        CHECK_INT(st, SANDBOX_ERR_SYNTAX);
        CHECK(now_seconds() - t0 < hostile_seconds());
    }
    free(code);
}

/* ---- What scenarios may do ---- */

static void test_allowed(void)
{
    check_ok("string methods", "assert((\"x\"):upper() == \"X\")\n"
             "assert((\"Hello\"):lower():rep(2, \"-\") == \"hello-hello\")\n"
             "assert((\"abc\"):sub(2) == \"bc\" and (\"abc\"):byte(1) == 97 and #(\"abc\"):reverse() == 3)\n"
             "assert(string.format(\"%5.2f|%d|%s|%q\", 3.14159, 42, \"x\", \"a\\n\") == ' 3.14|42|x|\"a\\\\\\n\"')\n"
             "assert(string.char(72, 105) == \"Hi\" and (\"%d\"):format(7) == \"7\")\n"
             "assert(string.len(\"abc\") == 3 and (\"10\" + 5) == 15 and \"3\" * \"4\" == 12)\n"
             "assert(string.pack(\"i4\", 7):len() == 4 and string.unpack(\"i4\", string.pack(\"i4\", 7)) == 7)\n");
    check_ok("tables", "local t = {5, 2, 8, 1}\n"
             "table.sort(t) assert(table.concat(t, \",\") == \"1,2,5,8\")\n"
             "table.sort(t, function(a, b) return a > b end) assert(table.concat(t, \",\") == \"8,5,2,1\")\n"
             "table.insert(t, 3) table.insert(t, 1, 0) assert(table.concat(t, \",\") == \"0,8,5,2,1,3\")\n"
             "assert(table.remove(t) == 3 and table.remove(t, 1) == 0 and #t == 4)\n"
             "local a, b = table.unpack({1, 2}) assert(a == 1 and b == 2)\n"
             "assert(table.pack(1, nil, 3).n == 3 and #table.move({1, 2, 3}, 1, 3, 2, {}) == 4)\n"
             "local sum = 0 for i, v in ipairs({10, 20, nil, 40}) do sum = sum + i * v end assert(sum == 50)\n");
    check_ok("math and utf8", "assert(math.floor(3.7) == 3 and math.max(1, 5, 3) == 5 and math.huge > 1e308)\n"
             "assert(math.tointeger(4.0) == 4 and math.type(1) == \"integer\" and math.abs(-2) == 2)\n"
             "assert(math.random == nil and math.randomseed == nil and math.pi > 3.14)\n"
             "assert(7 // 2 == 3 and 7 % 3 == 1 and 2^10 == 1024)\n"
             "assert(utf8.char(233, 8364) == \"\\u{e9}\\u{20ac}\" and utf8.len(\"\\u{e9}t\\u{e9}\") == 3)\n"
             "assert(utf8.codepoint(\"\\u{20ac}\") == 8364 and utf8.offset(\"a\\u{e9}b\", 3) == 4)\n"
             "local n = 0 for p, c in utf8.codes(\"h\\u{e9}\") do n = n + c end assert(n == 104 + 233)\n"
             "assert(tonumber(\"0x10\") == 16 and tonumber(\"z\", 36) == 35 and tostring(1.5) == \"1.5\")\n"
             "assert(select(\"#\", 1, nil, 3) == 3 and select(-1, 1, 2) == 2 and type(nil) == \"nil\")\n"
             "assert(_VERSION == \"Lua 5.4\" and rawequal(\"a\", \"a\") and rawlen({1, 2}) == 2)\n");
    check_ok("coroutines", "local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)\n"
             "local ok, v = coroutine.resume(co, 1) assert(ok and v == 2 and coroutine.status(co) == \"suspended\")\n"
             "ok, v = coroutine.resume(co, 5) assert(ok and v == 10 and coroutine.status(co) == \"dead\")\n"
             "ok, v = coroutine.resume(co) assert(not ok and v == \"cannot resume dead coroutine\")\n"
             "local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)\n"
             "assert(gen() == 1 and gen() == 2 and gen() == 3)\n"
             "local bad = coroutine.wrap(function() error(\"inner\") end)\n"
             "local ok2, msg = pcall(bad) assert(not ok2 and msg:find(\"inner\"))\n"
             "assert(coroutine.isyieldable() == false and select(2, coroutine.running()) == true)\n"
             "local c2 = coroutine.create(function() coroutine.yield() end) coroutine.resume(c2)\n"
             "assert(coroutine.close(c2) and coroutine.status(c2) == \"dead\")\n"
             "local y = coroutine.wrap(function() local ok3, v3 = pcall(function() return coroutine.yield(1) + 1 end) coroutine.yield(v3) end)\n"
             "assert(y() == 1 and y(41) == 42)   -- yields across pcall\n"
             "local z = coroutine.wrap(function() return select(2, xpcall(function() coroutine.yield(7) error(\"e\") end, function(m) return \"handled\" end)) end)\n"
             "assert(z() == 7 and z() == \"handled\")\n");
    check_ok("pcall, error, metatables", "local ok, msg = pcall(error, \"boom\") assert(not ok and msg == \"boom\")\n"
             "ok, msg = pcall(function() error(\"x\") end) assert(not ok and msg == \"scenario.lua:2: x\", msg)\n"
             "ok, msg = pcall(function() error({code = 7}) end) assert(not ok and msg.code == 7)\n"
             "ok, msg = xpcall(function() error(\"y\", 0) end, function(m) return \"handled \" .. m end)\n"
             "assert(not ok and msg == \"handled y\")\n"
             "assert(select(\"#\", pcall(function() return 1, 2 end)) == 3)\n"
             "local Point = {} Point.__index = Point\n"
             "function Point.new(x) return setmetatable({x = x}, Point) end\n"
             "function Point:double() return self.x * 2 end\n"
             "assert(Point.new(4):double() == 8 and getmetatable(Point.new(1)) == Point)\n"
             "local v = setmetatable({}, {__add = function(a, b) return 3 end, __len = function() return 9 end,\n"
             "  __call = function(self, a) return a end, __tostring = function() return \"V\" end})\n"
             "assert(v + v == 3 and #v == 9 and v(5) == 5 and tostring(v) == \"V\")\n"
             "assert(getmetatable(setmetatable({}, {__metatable = \"locked\"})) == \"locked\")\n"
             "do local closed = false do local c <close> = setmetatable({}, {__close = function() closed = true end}) end assert(closed) end\n"
             "local weak = setmetatable({}, {__mode = \"k\"}) weak[{}] = 1\n"
             "for i = 1, 3 do goto continue ::continue:: end\n");
}

/* What the budget charges stays close to real cost, so a scenario doing
 * honest work on a 500 KB log is far from the default budget. */
static void test_realistic_work(void)
{
    check_ok("realistic work", "local lines = {}\n"
             "for i = 1, 5000 do lines[#lines + 1] = string.format('10:%02d INFO service-%d id=%d took %dms', i % 60, i % 7, i, i % 500) end\n"
             "local log = table.concat(lines, '\\n')\n"
             "local slow, by = 0, {}\n"
             "for line in log:gmatch('[^\\n]+') do\n"
             "  local svc, ms = line:match('service%-(%d+) id=%d+ took (%d+)ms')\n"
             "  if tonumber(ms) > 400 then slow = slow + 1 end\n"
             "  by[svc] = (rawget(by, svc) or 0) + 1\n"
             "end\n"
             "local keys = {} for k, v in pairs(by) do table.insert(keys, k .. '=' .. v) end table.sort(keys)\n"
             "assert(#keys == 7 and slow > 0)\n"
             "local quiet = log:gsub('INFO ', 'info ')\n"
             "local n = 0 for i = 1, #log // 4 do if log:sub(i, i) == '\\n' then n = n + 1 end end\n"
             "for i = 1, 200 do assert(log:find('id=' .. i * 7 .. ' ', 1, true)) end\n");
}

/* Keys inserted in two different orders come out the same, sorted. */
static void test_pairs(void)
{
    check_ok("pairs order", "local function keys(t) local out = {} for k, v in pairs(t) do out[#out + 1] = tostring(k) .. '=' .. tostring(v) end return table.concat(out, ' ') end\n"
             "local a = {} a.b = 1 a[3] = 2 a[true] = 3 a.a = 4 a[-1.5] = 5 a[1] = 6 a[false] = 7 a.B = 8 a[2.5] = 9 a.ba = 10\n"
             "local b = {} b.ba = 10 b[2.5] = 9 b.B = 8 b[false] = 7 b[1] = 6 b[-1.5] = 5 b.a = 4 b[true] = 3 b[3] = 2 b.b = 1\n"
             "local want = '-1.5=5 1=6 2.5=9 3=2 B=8 a=4 b=1 ba=10 false=7 true=3'\n"
             "assert(keys(a) == want, keys(a)) assert(keys(b) == want, keys(b))\n"
             "local big = {} for i = 1000, 1, -1 do big['k' .. i] = i big[i] = i end\n"
             "local last, n = nil, 0 for k in pairs(big) do n = n + 1 if type(k) == 'number' then assert(k == n) end end assert(n == 2000)\n"
             "local t = {x = 1, y = 2, z = 3} for k in pairs(t) do t.y = nil t[k] = (t[k] or 0) + 1 end assert(t.y == nil and t.x == 2 and t.z == 4)\n"
             "local e = 0 for _ in pairs({}) do e = e + 1 end assert(e == 0)\n"
             "assert(math.maxinteger + 0.0 == 2^63) local m = {[math.maxinteger] = 1, [2^63] = 2, [math.mininteger] = 3, [-2^63 - 2^11] = 4}\n"
             "assert(keys(m) == '-9.2233720368548e+18=4 -9223372036854775808=3 9223372036854775807=1 9.2233720368548e+18=2', keys(m))\n");
    check_fails("pairs with a table key", "local t = {[{}] = 1}\nfor k in pairs(t) do end\n",
                SANDBOX_ERR_RUNTIME, "key of type table", 2);
}

static const char *const ser_prelude =
    "local function ser(...) local out = {} for i = 1, select('#', ...) do local v = select(i, ...) "
    "out[#out + 1] = type(v) == 'string' and string.format('%q', v) or tostring(v) end "
    "return table.concat(out, ',') end\nreturn ser(";

/* Expected values printed by the lua5.4 interpreter for the same calls. */
static const char *const pattern_cases[][2] = {
    {"string.find(\"hello world\", \"o w\")",
     "5,7"},
    {"string.find(\"hello world\", \"l+\")",
     "3,4"},
    {"string.find(\"hello\", \"l\", 1, true)",
     "3,3"},
    {"string.find(\"a.b\", \".\", 1, true)",
     "2,2"},
    {"string.find(\"a.b\", \"%.\")",
     "2,2"},
    {"string.find(\"abc\", \"b\", -1)",
     "nil"},
    {"string.find(\"abc\", \"\", 10)",
     "nil"},
    {"string.find(\"abc\", \"\", 4)",
     "4,3"},
    {"string.find(\"abc\", \"^b\")",
     "nil"},
    {"string.find(\"abc\", \"^a\")",
     "1,1"},
    {"string.find(\"abc\", \"c$\")",
     "3,3"},
    {"string.find(\"a$c\", \"$c\")",
     "2,3"},
    {"string.find(\"key=val\", \"(%w+)=(%w+)\")",
     "1,7,\"key\",\"val\""},
    {"string.find(\"  x\", \"()x()\")",
     "3,3,3,4"},
    {"string.match(\"hello 123 world\", \"%d+\")",
     "\"123\""},
    {"string.match(\"2024-01-15\", \"(%d+)-(%d+)-(%d+)\")",
     "\"2024\",\"01\",\"15\""},
    {"string.match(\"  trim  \", \"^%s*(.-)%s*$\")",
     "\"trim\""},
    {"string.match(\"THE (quick) fox\", \"%((%a+)%)\")",
     "\"quick\""},
    {"string.match(\"f(a(b)c)d\", \"%b()\")",
     "\"(a(b)c)\""},
    {"string.match(\"THE (quick) fox\", \"%f[%a]%a+\", 5)",
     "\"quick\""},
    {"string.match(\"hello\", \"(h)(e)(l)(l)(o)\")",
     "\"h\",\"e\",\"l\",\"l\",\"o\""},
    {"string.match(\"abcabc\", \"(abc)%1\")",
     "\"abc\""},
    {"string.match(\"xyz\", \"[^x]+\")",
     "\"yz\""},
    {"string.match(\"a-b\", \"[a%-]+\")",
     "\"a-\""},
    {"string.match(\"]]\", \"[]]+\")",
     "\"]]\""},
    {"string.match(\"Hello World\", \"%u%l+\", 2)",
     "\"World\""},
    {"string.match(\"x = 10\", \"^(%w+)%s*=%s*(%d+)$\")",
     "\"x\",\"10\""},
    {"string.match(\"0x1F\", \"^0x(%x+)$\")",
     "\"1F\""},
    {"string.match(\"tab\\there\", \"%c\")",
     "\"\\9\""},
    {"string.match(\"a,b;c\", \"%p\")",
     "\",\""},
    {"string.match(\"abc\", \"a-b\")",
     "\"ab\""},
    {"string.match(\"aaab\", \"a-b\")",
     "\"aaab\""},
    {"string.match(\"aaab\", \"a*\")",
     "\"aaa\""},
    {"string.match(\"\", \"a*\")",
     "\"\""},
    {"string.match(\"abc\", \"()\")",
     "1"},
    {"string.match(\"hello\", \".-(l+)\")",
     "\"ll\""},
    {"string.match(\"word1 word2\", \"%S+$\")",
     "\"word2\""},
    {"string.match(\"abc\", \"%W\")",
     "nil"},
    {"string.match(\"x\", \"x?x?x\")",
     "\"x\""},
    {"string.gsub(\"hello world\", \"o\", \"0\")",
     "\"hell0 w0rld\",2"},
    {"string.gsub(\"hello world\", \"(%w+)\", \"<%1>\")",
     "\"<hello> <world>\",2"},
    {"string.gsub(\"hello world\", \"%w+\", \"%0 %0\", 1)",
     "\"hello hello world\",1"},
    {"string.gsub(\"abc\", \"%w\", \"%%\")",
     "\"%%%\",3"},
    {"string.gsub(\"abc\", \"\", \"-\")",
     "\"-a-b-c-\",4"},
    {"string.gsub(\"abc\", \"%w*\", \"x\")",
     "\"x\",1"},
    {"string.gsub(\"$name is $age\", \"%$(%w+)\", {name = \"Ann\", age = 42})",
     "\"Ann is 42\",2"},
    {"string.gsub(\"a b c\", \"%a\", function(c) if c == \"b\" then return nil end return c:upper() end)",
     "\"A b C\",3"},
    {"string.gsub(\"one two\", \"(%w+) (%w+)\", \"%2 %1\")",
     "\"two one\",1"},
    {"string.gsub(\"x\", \"x\", \"%1\")",
     "\"x\",1"},
    {"string.gsub(\"abc\", \"b*\", \"-\")",
     "\"-a-c-\",3"},
    {"string.gsub(\"hello\", \"l\", {l = false})",
     "\"hello\",2"},
    {"string.gsub(\"a.b.c\", \"%.\", \"/\", 1)",
     "\"a/b.c\",1"},
    {"string.gsub(\"  x  \", \"^%s+\", \"\")",
     "\"x  \",1"},
    {"string.gsub(\"ab\", \".\", {a = 1, b = 2.5})",
     "\"12.5\",2"},
    {"select(2, pcall(string.find, \"a\", \"[a\"))",
     "\"malformed pattern (missing ']')\""},
    {"select(2, pcall(string.find, \"a\", \"%\"))",
     "\"malformed pattern (ends with '%')\""},
    {"select(2, pcall(string.gsub, \"a\", \"a\", \"%2\"))",
     "\"invalid capture index %2\""},
    {"select(2, pcall(string.match, \"a\", \"(a\"))",
     "\"unfinished capture\""},
    {"select(2, pcall(string.match, \"a\", \"a)\"))",
     "\"invalid pattern capture\""},
    {"select(2, pcall(string.find, \"a\", \"%f\"))",
     "\"missing '[' after '%f' in pattern\""},
    {"select(2, pcall(string.find, \"a\", \"(()\"))",
     "\"unfinished capture\""},
    {"(function() local t = {} for k, v in string.gmatch(\"a=1, b=2\", \"(%w+)=(%w+)\") do t[#t+1] = k .. v end return table.concat(t, \";\") end)()",
     "\"a1;b2\""},
    {"(function() local t = {} for w in (\"one two  three\"):gmatch(\"%a+\") do t[#t+1] = w end return table.concat(t, \"|\") end)()",
     "\"one|two|three\""},
    {"(function() local t = {} for p in (\"abc\"):gmatch(\"()\") do t[#t+1] = p end return table.concat(t, \",\") end)()",
     "\"1,2,3,4\""},
    {"(function() local t = {} for w in (\"^a^a\"):gmatch(\"^a\") do t[#t+1] = w end return #t end)()",
     "2"},
    {"(function() local t = {} for w in (\"abcd\"):gmatch(\".\", 3) do t[#t+1] = w end return table.concat(t) end)()",
     "\"cd\""},
    {"(function() local n = 0 for w in (\"\"):gmatch(\"x*\") do n = n + 1 end return n end)()",
     "1"},
};

/* Each case is a chunk run by sandbox_call in one sandbox. */
static void test_patterns(void)
{
    Sandbox *sb = sandbox_create(NULL, NULL);
    lua_State *L = sandbox_lua(sb);
    int n = (int)(sizeof pattern_cases / sizeof *pattern_cases);
    CHECK(n >= 40);
    for (int i = 0; i < n; i++) {
        char code[2048];
        snprintf(code, sizeof code, "%s%s)", ser_prelude, pattern_cases[i][0]);
        CHECK_INT(luaL_loadbufferx(L, code, strlen(code), "=case", "t"), LUA_OK);
        SandboxError err;
        SandboxStatus st = sandbox_call(sb, 0, 1, &err);
        if (st != SANDBOX_OK) fprintf(stderr, "%s: %s\n", pattern_cases[i][0], err.message);
        CHECK_INT(st, SANDBOX_OK);
        if (st != SANDBOX_OK) continue;
        if (strcmp(lua_tostring(L, -1), pattern_cases[i][1]) != 0)
            fprintf(stderr, "pattern case: %s\n", pattern_cases[i][0]);
        CHECK_STR(lua_tostring(L, -1), pattern_cases[i][1]);
        lua_pop(L, 1);
    }
    CHECK_INT(lua_gettop(L), 0);
    sandbox_destroy(sb);
}

/* ---- Globals ---- */

static int host_where_line;
static char host_where_file[64];

static int host_where(lua_State *L)
{
    const char *file;
    sandbox_where(L, &file, &host_where_line);
    snprintf(host_where_file, sizeof host_where_file, "%s", file);
    return 0;
}

static void test_globals(void)
{
    check_ok("own globals", "count = 1\ncount = count + 1\nassert(count == 2)\nfound = nil\nassert(found == nil)\n"
             "function helper() return 3 end\nassert(helper() == 3)\nassert(rawget(_ENV, 'string') == nil)\n");
    check_fails("typo", "local x = 1\nmessage = 'hi'\nlocal y = mesage\n", SANDBOX_ERR_GLOBAL,
                "unknown global 'mesage'; did you mean 'message'?", 3);
    check_fails("typo of a built-in", "\nlocal s = strng.rep('a', 2)\n", SANDBOX_ERR_GLOBAL,
                "unknown global 'strng'; did you mean 'string'?", 2);
    check_fails("unknown", "local x = zzzzzz\n", SANDBOX_ERR_GLOBAL, "unknown global 'zzzzzz'", 1);
    check_fails("os", "local t = os.time()\n", SANDBOX_ERR_GLOBAL, "scenarios cannot use 'os'", 1);
    check_fails("io hint", "io.open('x')\n", SANDBOX_ERR_GLOBAL, "read(\"file\")", 1);
    check_fails("require hint", "require('x')\n", SANDBOX_ERR_GLOBAL, "include(\"file.lua\")", 1);
    check_fails("built-in", "\n\ntype = 1\n", SANDBOX_ERR_GLOBAL, "cannot assign to global 'type'", 3);
    check_fails("caught and raised again", "local ok, m = pcall(function() return nope end)\nerror(m, 0)\n",
                SANDBOX_ERR_GLOBAL, "unknown global 'nope'", 1);

    const char *dir = make_dir("host");
    write_text(dir, "scenario.lua", "local a = 1\n\nwhere()\ninclude('part.lua')\nperson = 1\n");
    write_text(dir, "part.lua", "\nwhere()\n");
    Sandbox *sb = sandbox_create(dir, NULL);
    lua_pushcfunction(sandbox_lua(sb), host_where);
    sandbox_set_global(sb, "where");
    lua_pushcfunction(sandbox_lua(sb), host_where);
    sandbox_set_global(sb, "person");
    SandboxError err;
    CHECK_INT(sandbox_run_file(sb, "scenario.lua", &err), SANDBOX_ERR_GLOBAL);
    CHECK_CONTAINS(err.message, "cannot assign to global 'person'");
    CHECK_STR(err.file, "scenario.lua");
    CHECK_INT(err.line, 5);
    CHECK_STR(host_where_file, "part.lua");
    CHECK_INT(host_where_line, 2);
    sandbox_destroy(sb);
}

/* ---- Files ---- */

typedef struct SeenFiles { char names[8][64]; int n; } SeenFiles;

static void on_file(void *ud, const char *rel, const char *data, size_t n)
{
    SeenFiles *seen = ud;
    (void)data, (void)n;
    if (seen->n < 8) snprintf(seen->names[seen->n++], 64, "%s", rel);
}

static void test_files(void)
{
    const char *dir = make_dir("files");
    char sub[600];
    snprintf(sub, sizeof sub, "%s/logs", dir);
    mkdir(sub, 0700);
    write_file(dir, "data.bin", "hello\0world\n", 12);
    write_text(sub, "app.log", "line 1\nline 2\n");
    write_text(dir, "part.lua", "shared = (rawget(_ENV, 'shared') or 0) + 1\nreturn 'part', 2\n");
    write_text(dir, "scenario.lua",
               "assert(read('data.bin') == 'hello\\0world\\n')\n"
               "assert(select(2, read('./logs//app.log'):gsub('\\n', '')) == 2)\n"
               "local a, b = include('part.lua') assert(a == 'part' and b == 2 and shared == 1)\n"
               "local ok, m = pcall(read, 'missing.txt') assert(not ok and m:find(\"no file 'missing.txt'\"), m)\n"
               "ok, m = pcall(read, 'logs') assert(not ok and m:find('not a regular file'), m)\n");
    Sandbox *sb = sandbox_create(dir, NULL);
    SeenFiles seen = {0};
    sandbox_on_file(sb, on_file, &seen);
    SandboxError err;
    SandboxStatus st = sandbox_run_file(sb, "scenario.lua", &err);
    if (st) fprintf(stderr, "files: %s:%d: %s\n", err.file, err.line, err.message);
    CHECK_INT(st, SANDBOX_OK);
    CHECK_INT(seen.n, 4);
    CHECK_STR(seen.names[0], "scenario.lua");
    CHECK_STR(seen.names[1], "data.bin");
    CHECK_STR(seen.names[2], "logs/app.log");
    CHECK_STR(seen.names[3], "part.lua");

    char *data;
    size_t n;
    char why[512];
    CHECK(sandbox_read_file(sb, "logs/app.log", &data, &n, why, sizeof why));
    CHECK_INT(n, 14);
    free(data);
    CHECK(!sandbox_read_file(sb, "../files/data.bin", &data, &n, why, sizeof why));
    CHECK_CONTAINS(why, "'..' is not allowed");
    sandbox_destroy(sb);

    write_text(dir, "broken.lua", "local x = \n\n = 2\n");
    write_text(dir, "scenario.lua", "include('broken.lua')\n");
    CHECK_INT(run_code(dir, "\ninclude('broken.lua')\n", NULL, &err), SANDBOX_ERR_SYNTAX);
    CHECK_STR(err.file, "broken.lua");
    CHECK_INT(err.line, 3);
    write_text(dir, "compiled.lua", "\033LuaT\0");
    CHECK_INT(run_code(dir, "include('compiled.lua')\n", NULL, &err), SANDBOX_ERR_BYTECODE);
    CHECK_INT(err.line, 1);

    Sandbox *single = sandbox_create(NULL, NULL);
    char path[600];
    snprintf(path, sizeof path, "%s/scenario.lua", dir);
    write_text(dir, "scenario.lua", "local s = read('data.bin')\n");
    CHECK_INT(sandbox_run_file(single, path, &err), SANDBOX_ERR_FILE);
    CHECK_CONTAINS(err.message, "single-file scenarios cannot read files");
    CHECK_CONTAINS(err.message, "scenario.lua");
    CHECK_STR(err.file, path);
    CHECK_INT(err.line, 1);
    CHECK_INT(sandbox_run_file(single, "/nonexistent/x.lua", &err), SANDBOX_ERR_FILE);
    sandbox_destroy(single);
    CHECK(sandbox_create("/nonexistent/folder", NULL) == NULL);
}

/* ---- Limits ---- */

static void test_call_budget(void)
{
    const char *dir = make_dir("call");
    write_text(dir, "scenario.lua", "function spin(n) local i = 0 while i < n do i = i + 1 end return i end\n");
    SandboxLimits lim = {.budget = 2000000};
    Sandbox *sb = sandbox_create(dir, &lim);
    lua_State *L = sandbox_lua(sb);
    SandboxError err;
    CHECK_INT(sandbox_run_file(sb, "scenario.lua", &err), SANDBOX_OK);
    for (int i = 0; i < 5; i++) {           /* each fits the budget; together they do not */
        lua_getglobal(L, "spin");
        lua_pushinteger(L, 300000);
        CHECK_INT(sandbox_call(sb, 1, 1, &err), SANDBOX_OK);
        CHECK_INT(lua_tointeger(L, -1), 300000);
        lua_pop(L, 1);
    }
    lua_getglobal(L, "spin");
    lua_pushinteger(L, 100000000);
    CHECK_INT(sandbox_call(sb, 1, 1, &err), SANDBOX_ERR_BUDGET);
    CHECK_CONTAINS(err.message, "instruction budget exceeded (2000000)");
    CHECK_STR(err.file, "scenario.lua");
    CHECK_INT(err.line, 1);
    CHECK_INT(lua_gettop(L), 0);
    lua_getglobal(L, "spin");                /* the state still works after a stop */
    lua_pushinteger(L, 10);
    CHECK_INT(sandbox_call(sb, 1, 1, &err), SANDBOX_OK);
    CHECK_INT(lua_tointeger(L, -1), 10);
    lua_pop(L, 1);
    lua_getglobal(L, "spin");
    lua_pushstring(L, "x");
    CHECK_INT(sandbox_call(sb, 1, 1, &err), SANDBOX_ERR_RUNTIME);
    CHECK_CONTAINS(err.message, "attempt to compare");
    CHECK_INT(lua_gettop(L), 0);
    sandbox_destroy(sb);
}

static void test_limits(void)
{
    SandboxError err;
    SandboxLimits mem = {.budget = 1000000000000LL, .memory = 16 << 20};
    CHECK_INT(run_code(make_dir("mem1"), "local t = {}\nwhile true do t[#t + 1] = {} end\n", &mem, &err),
              SANDBOX_ERR_MEMORY);
    CHECK_CONTAINS(err.message, "memory cap reached (16 MiB)");
    CHECK_INT(run_code(make_dir("mem2"), "while true do pcall(function() local t = {} while true do t[#t + 1] = {} end end) end\n",
                       &mem, &err), SANDBOX_ERR_MEMORY);
    SandboxLimits churn = {.budget = 1000000000000LL, .memory = 4 << 20};
    CHECK_INT(run_code(make_dir("churn"), "local s = string.rep('x', 500000)\nwhile true do local _ = s .. 'y' end\n",
                       &churn, &err), SANDBOX_ERR_MEMORY);
    CHECK_CONTAINS(err.message, "churn");
    CHECK_INT(run_code(make_dir("loop"), "local i = 0\nwhile true do\n  i = i + 1\nend\n", NULL, &err),
              SANDBOX_ERR_BUDGET);
    /* 50M plus 8 units for each of the 42 bytes of source */
    CHECK_CONTAINS(err.message, "instruction budget exceeded (50000336)");
    CHECK(err.line >= 2 && err.line <= 4);

    const char *dir = make_dir("time");
    write_text(dir, "scenario.lua", "while true do end\n");
    SandboxLimits big = {.budget = 1000000000000LL};
    Sandbox *sb = sandbox_create(dir, &big);
    sandbox_set_time_limit(sb, 0.2);
    double t0 = now_seconds();
    CHECK_INT(sandbox_run_file(sb, "scenario.lua", &err), SANDBOX_ERR_BUDGET);
    CHECK(now_seconds() - t0 < 1.0);
    CHECK_CONTAINS(err.message, "time limit exceeded (0.2 s)");
    sandbox_destroy(sb);
}

/* Source text is padded with a comment: the work stays the same, the
 * allowance grows with the bytes loaded, through include() as well. */
static char *padded(const char *code, size_t pad)
{
    size_t n = strlen(code);
    char *text = malloc(pad + n + 16);
    memcpy(text, "--[[", 4);
    memset(text + 4, 'x', pad);
    memcpy(text + 4 + pad, "]]\n", 3);
    memcpy(text + 7 + pad, code, n + 1);
    return text;
}

static void test_source_allowance(void)
{
    SandboxError err;
    /* about 3 million units of loop: over a base budget of 1 million */
    const char *work = "local n = 0\nfor i = 1, 1000000 do n = n + i end\n";
    SandboxLimits small = {.budget = 1000000};
    CHECK_INT(run_code(make_dir("allow0"), work, &small, &err), SANDBOX_ERR_BUDGET);
    CHECK_CONTAINS(err.message, "instruction budget exceeded (1000384)");   /* 48 bytes */
    /* 1 MiB of source earns 8 million units more: the same loop now ends */
    char *big = padded(work, (size_t)1 << 20);
    CHECK_INT(run_code(make_dir("allow1"), big, &small, &err), SANDBOX_OK);
    const char *dir = make_dir("allow2");
    char *part = padded("return 1\n", (size_t)1 << 20);
    write_text(dir, "part.lua", part);
    char main_text[256];
    snprintf(main_text, sizeof main_text, "include('part.lua')\n%s", work);
    CHECK_INT(run_code(dir, main_text, &small, &err), SANDBOX_OK);
    /* an endless loop still ends, the allowance spent, well within the
     * time limit (1 s plus 1 s per 8 MiB) */
    char *endless = padded("while true do end\n", (size_t)1 << 20);
    double t0 = now_seconds();
    CHECK_INT(run_code(make_dir("allow3"), endless, NULL, &err), SANDBOX_ERR_BUDGET);
    /* 50M + 8 * (4 + 1 MiB + 3 + 18 bytes) */
    CHECK_CONTAINS(err.message, "instruction budget exceeded (58388808)");
    CHECK(now_seconds() - t0 < hostile_seconds());
    /* a Lua file may be larger than a read() may */
    SandboxLimits tight = {.file_bytes = 4096, .source_bytes = 8192};
    const char *dir2 = make_dir("allow4");
    char *data = padded("", 5000);
    write_text(dir2, "data.txt", data);
    CHECK_INT(run_code(dir2, "return read('data.txt')\n", &tight, &err), SANDBOX_ERR_FILE);
    CHECK_CONTAINS(err.message, "more than the 4096 a scenario may read");
    CHECK_INT(run_code(make_dir("allow5"), data, &tight, &err), SANDBOX_OK);
    CHECK_INT(run_code(make_dir("allow6"), big, &tight, &err), SANDBOX_ERR_FILE);
    CHECK_CONTAINS(err.message, "a scenario may run as Lua source");
    free(big), free(part), free(endless), free(data);
}

static void test_errors(void)
{
    check_fails("syntax", "local x = 1\nx = = 2\n", SANDBOX_ERR_SYNTAX, "unexpected symbol", 2);
    check_fails("runtime", "\n\nlocal t = nil\nlocal y = t.x\n", SANDBOX_ERR_RUNTIME, "attempt to index a nil value", 4);
    check_fails("table error", "error({})\n", SANDBOX_ERR_RUNTIME, "error object is a table", 0);
    check_fails("number error", "error(42)\n", SANDBOX_ERR_RUNTIME, "42", 0);
    check_fails("nil error", "error()\n", SANDBOX_ERR_RUNTIME, "error object is a nil", 0);
    check_fails("error level 2", "local function check(x) if not x then error('need x', 2) end end\n\ncheck(false)\n",
                SANDBOX_ERR_RUNTIME, "need x", 3);
    check_fails("gc", "setmetatable({}, {__gc = true})\n", SANDBOX_ERR_RUNTIME, "__gc is not allowed", 1);
    CHECK_STR(sandbox_status_code(SANDBOX_OK), "ok");
    CHECK_STR(sandbox_status_code(SANDBOX_ERR_BUDGET), "budget");
    CHECK_STR(sandbox_status_code(SANDBOX_ERR_GLOBAL), "global");
}

static void remove_tree(const char *path)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", path);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_sandbox TESTS_SOURCE_DIR\n");
        return 2;
    }
    const char *tmp = getenv("TMPDIR");
    snprintf(tmp_root, sizeof tmp_root, "%s/dojo-sandbox-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmp_root)) { perror("mkdtemp"); return 2; }
    test_allowed();
    test_realistic_work();
    test_pairs();
    test_patterns();
    test_globals();
    test_files();
    test_call_budget();
    test_limits();
    test_source_allowance();
    test_errors();
    test_parser_depth();
    test_hostile(argv[1]);
    remove_tree(tmp_root);
    return testing_done("test_sandbox");
}
