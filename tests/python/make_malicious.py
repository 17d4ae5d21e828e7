#!/usr/bin/python3
"""Writes a corpus of hostile checkpoint files for
tests/weights/tst_malicious_files.cpp.

    make_malicious.py OUTDIR CANARY [--no-zip-bomb]

Every payload that would run code tries to create the file CANARY, so a
reader that executed anything leaves evidence behind. The pickles are
written opcode by opcode as raw bytes (never by pickling a live exploit
object, and nothing here is ever unpickled). OUTDIR/manifest.json maps each
file to a substring its refusal message must contain.
Runs with Debian's /usr/bin/python3 (python3-torch, for the containers
that must be real: a TorchScript archive, a pickled nn.Module, legacy files).
"""
import io
import json
import os
import struct
import sys
import tarfile
import warnings
import zipfile
import zlib

import torch

# -- pickle opcodes, written by hand ----------------------------------------

PROTO2 = b"\x80\x02"
STOP = b"."
MARK = b"("
TUPLE = b"t"
EMPTY_TUPLE = b")"
EMPTY_DICT = b"}"
EMPTY_LIST = b"]"
SETITEMS = b"u"
REDUCE = b"R"
BUILD = b"b"
NEWOBJ = b"\x81"
BINPERSID = b"Q"
NEWFALSE = b"\x89"
APPEND = b"a"


def glob(module, name):
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def text(s):
    data = s.encode()
    return b"X" + struct.pack("<I", len(data)) + data


def integer(i):
    if 0 <= i < 256:
        return b"K" + bytes([i])
    if -2**31 <= i < 2**31:
        return b"J" + struct.pack("<i", i)
    n = (i.bit_length() + 8) // 8
    return b"\x8a" + bytes([n]) + i.to_bytes(n, "little", signed=True)


def tup(*items):
    return MARK + b"".join(items) + TUPLE


def rebuild(key, numel, offset, size, stride, storage=("torch", "FloatStorage")):
    """torch._utils._rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())"""
    pid = tup(text("storage"), glob(*storage), text(key), text("cpu"), integer(numel)) + BINPERSID
    hooks = glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE
    return (glob("torch._utils", "_rebuild_tensor_v2")
            + tup(pid, integer(offset), tup(*map(integer, size)), tup(*map(integer, stride)), NEWFALSE, hooks)
            + REDUCE)


def state_dict(*entries):
    body = b"".join(text(name) + value for name, value in entries)
    return PROTO2 + EMPTY_DICT + MARK + body + SETITEMS + STOP


def call(module, name, *args):
    return glob(module, name) + tup(*args) + REDUCE


# -- containers -----------------------------------------------------------

def torch_zip(pickle, storages=None, extra=None, root="archive"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        if pickle is not None:
            z.writestr(root + "/data.pkl", pickle)
        for key, data in (storages or {}).items():
            z.writestr(root + "/data/" + key, data)
        for name, data in (extra or []):
            z.writestr(name, data)
        z.writestr(root + "/version", "3\n")
    return buffer.getvalue()


def legacy(main_pickle, keys_pickle=None, data=b""):
    magic = PROTO2 + integer(0x1950a86a20f9469cfc6c) + STOP
    version = PROTO2 + integer(1001) + STOP
    sys_info = (PROTO2 + EMPTY_DICT + MARK + text("protocol_version") + integer(1001) + text("little_endian")
                + b"\x88" + SETITEMS + STOP)
    if keys_pickle is None:
        keys_pickle = PROTO2 + EMPTY_LIST + STOP
    return magic + version + sys_info + main_pickle + keys_pickle + data


def main():
    out, canary = sys.argv[1], sys.argv[2]
    with_bomb = "--no-zip-bomb" not in sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    shell = "touch " + canary
    floats = struct.pack("<4f", 1, 2, 3, 4)
    ok_tensor = rebuild("0", 4, 0, [4], [1])
    cases = {}

    def case(name, data, expect):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        cases[name] = expect

    def pickle_case(name, pickle, expect):
        case(name, torch_zip(pickle, {"0": floats}), expect)

    # Code execution through the call opcodes.
    pickle_case("reduce_os_system.pth", PROTO2 + call("os", "system", text(shell)) + STOP, "forbidden")
    pickle_case("reduce_posix_system.pth", PROTO2 + call("posix", "system", text(shell)) + STOP, "forbidden")
    pickle_case("reduce_builtins_eval.pth",
                PROTO2 + call("builtins", "eval", text("__import__('os').system('%s')" % shell)) + STOP, "forbidden")
    pickle_case("reduce_builtins_exec.pth",
                PROTO2 + call("builtins", "exec", text("open('%s', 'w')" % canary)) + STOP, "forbidden")
    pickle_case("reduce_getattr.pth", PROTO2 + call("builtins", "getattr", glob("os", "path"), text("join")) + STOP,
                "forbidden")
    pickle_case("reduce_torch_load.pth", PROTO2 + call("torch", "load", text(canary)) + STOP, "forbidden")
    pickle_case("newobj_subprocess.pth",
                PROTO2 + glob("subprocess", "Popen") + tup(tup(text("touch"), text(canary))) + NEWOBJ + STOP,
                "forbidden")
    pickle_case("stack_global_os.pth",
                b"\x80\x04" + b"\x8c\x02os" + b"\x8c\x06system" + b"\x93" + tup(text(shell)) + REDUCE + STOP,
                "forbidden")
    pickle_case("inst_opcode.pth", b"(" + text(shell) + b"ios\nsystem\n" + STOP, "not allowed")
    pickle_case("obj_opcode.pth", MARK + glob("os", "system") + text(shell) + b"o" + STOP, "forbidden")
    pickle_case("ext1_opcode.pth", PROTO2 + b"\x82\x01" + STOP, "not allowed")
    pickle_case("build_on_global.pth",
                PROTO2 + glob("collections", "OrderedDict") + EMPTY_DICT + BUILD + STOP, "BUILD")
    pickle_case("reduce_storage_class.pth", PROTO2 + call("torch", "FloatStorage", integer(4)) + STOP,
                "not callable")
    # An allow-listed data class yields a placeholder; calling the placeholder is refused.
    placeholder = glob("numpy", "dtype") + tup(text("f8")) + REDUCE
    pickle_case("reduce_on_placeholder.pth", PROTO2 + placeholder + tup(text(shell)) + REDUCE + STOP,
                "not an allow-listed global")
    pickle_case("newobj_ordered_dict_subclass.pth",
                PROTO2 + glob("collections", "defaultdict") + EMPTY_TUPLE + NEWOBJ + STOP, "forbidden")

    # Persistent ids that are not torch storage records.
    pickle_case("persid_not_storage.pth",
                state_dict(("w", tup(text("module"), text("os"), text("system"), text("cpu"), integer(4)) + BINPERSID)),
                "storage")
    pickle_case("persid_text.pth", PROTO2 + b"Pstorage\n" + STOP, "persistent id")
    pickle_case("persid_wrong_class.pth",
                state_dict(("w", rebuild("0", 4, 0, [4], [1], storage=("collections", "OrderedDict")))),
                "not a torch storage class")

    # Tensor geometry against the storage.
    pickle_case("tensor_bigger_than_storage.pth", state_dict(("w", rebuild("0", 4, 0, [10], [1]))), "storage")
    case("storage_smaller_than_declared.pth", torch_zip(state_dict(("w", rebuild("0", 64, 0, [64], [1]))),
                                                        {"0": floats}), "holds only")
    pickle_case("overflowing_shape.pth", state_dict(("w", rebuild("0", 4, 0, [2**62, 2**62], [0, 0]))), "overflow")
    pickle_case("negative_stride.pth", state_dict(("w", rebuild("0", 4, 3, [4], [-1]))), "negative stride")
    pickle_case("offset_outside.pth", state_dict(("w", rebuild("0", 4, 1000, [2], [1]))), "outside")
    pickle_case("huge_declared_numel.pth", state_dict(("w", rebuild("0", 2**61, 0, [4], [1]))), "holds only")
    pickle_case("missing_storage_entry.pth", state_dict(("w", rebuild("7", 4, 0, [4], [1]))), "missing")
    pickle_case("storage_key_path.pth", state_dict(("w", rebuild("../../etc/passwd", 4, 0, [4], [1]))),
                "plain name")
    pickle_case("conflicting_storage.pth",
                state_dict(("a", ok_tensor),
                           ("b", rebuild("0", 2, 0, [2], [1], storage=("torch", "DoubleStorage")))), "declared twice")

    # Malformed pickles.
    pickle_case("memo_missing.pth", PROTO2 + b"h\x05" + STOP, "memo")
    pickle_case("stack_underflow.pth", PROTO2 + REDUCE + STOP, "underflow")
    pickle_case("truncated_pickle.pth", state_dict(("w", ok_tensor))[:-9], "truncated")
    pickle_case("no_stop.pth", PROTO2 + EMPTY_DICT, "STOP")
    pickle_case("huge_string_length.pth", PROTO2 + b"X\xff\xff\xff\xff" + b"abc" + STOP, "truncated")
    pickle_case("self_containing_list.pth", PROTO2 + EMPTY_LIST + b"q\x00" + b"h\x00" + APPEND + STOP,
                "not a state dict")
    pickle_case("unknown_protocol.pth", b"\x80\x09" + EMPTY_DICT + STOP, "protocol")
    pickle_case("out_of_band_buffer.pth", b"\x80\x05" + b"\x97" + STOP, "not allowed")

    # Containers.
    if with_bomb:  # 400 MB of zeros deflated to 400 KB: inflating it would exceed file size + 256 MB
        bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
        chunk = bytes(4 << 20)
        compressed = b"".join(bomb.compress(chunk) for _ in range(100)) + bomb.flush()
        pickle_bytes = state_dict(("w", rebuild("0", 100 * len(chunk) // 4, 0, [4], [1])))
        case("zip_bomb.pth", zip_with_deflated_entry(pickle_bytes, compressed, 100 * len(chunk)), "zip bomb")
    dup = io.BytesIO()
    with zipfile.ZipFile(dup, "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", state_dict(("w", ok_tensor)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            z.writestr("archive/data.pkl", PROTO2 + call("os", "system", text(shell)) + STOP)
        z.writestr("archive/data/0", floats)
    case("duplicate_data_pkl.pth", dup.getvalue(), "two entries")
    case("missing_data_pkl.pth", torch_zip(None, {"0": floats}), "data.pkl")
    case("big_endian.pth", torch_zip(state_dict(("w", ok_tensor)), {"0": floats},
                                     extra=[("archive/byteorder", "big")]), "byte order")
    case("empty.pth", b"", "empty")
    case("truncated_zip.pth", torch_zip(state_dict(("w", ok_tensor)), {"0": floats})[:-30], "zip")

    # Real files that are not state dicts.
    scripted = torch.jit.script(torch.nn.Linear(2, 2))
    script_buffer = io.BytesIO()
    torch.jit.save(scripted, script_buffer)
    case("torchscript.pt", script_buffer.getvalue(), "TorchScript")
    module_buffer = io.BytesIO()
    torch.save(torch.nn.Conv2d(1, 1, 1), module_buffer)
    case("pickled_module.pth", module_buffer.getvalue(), "forbidden")
    tar_buffer = io.BytesIO()
    with tarfile.open(fileobj=tar_buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo("pickle")
        payload = PROTO2 + call("os", "system", text(shell)) + STOP
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    case("tar_format.pth", tar_buffer.getvalue(), "tar format")

    # Legacy container.
    case("legacy_reduce_os.pth", legacy(PROTO2 + call("os", "system", text(shell)) + STOP), "forbidden")
    legacy_pid = (tup(text("storage"), glob("torch", "FloatStorage"), text("94"), text("cpu"), integer(4),
                      b"N") + BINPERSID)
    legacy_tensor = (glob("torch._utils", "_rebuild_tensor_v2")
                     + tup(legacy_pid, integer(0), tup(integer(4)), tup(integer(1)), NEWFALSE,
                           glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE) + REDUCE)
    legacy_main = state_dict(("w", legacy_tensor))
    keys = PROTO2 + EMPTY_LIST + MARK + text("94") + b"e" + STOP
    good = legacy(legacy_main, keys, struct.pack("<q", 4) + floats)
    case("legacy_truncated_storage.pth", good[:-5], "ends inside")
    case("legacy_trailing_bytes.pth", good + b"\x00" * 7, "unexpected bytes")
    case("legacy_wrong_numel.pth", legacy(legacy_main, keys, struct.pack("<q", 5) + floats + bytes(4)),
         "declared with")
    case("legacy_five_tuple_pid.pth",
         legacy(state_dict(("w", rebuild("94", 4, 0, [4], [1]))), keys, struct.pack("<q", 4) + floats),
         "storage record")

    # Controls, not in the manifest: built with the same helpers but harmless,
    # they must load, so that every refusal above comes from its mutation.
    with open(os.path.join(out, "control_zip.pth"), "wb") as f:
        f.write(torch_zip(state_dict(("w", ok_tensor)), {"0": floats}))
    with open(os.path.join(out, "control_legacy.pth"), "wb") as f:
        f.write(good)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(cases, f, indent=1)
    print("make_malicious: %d hostile files in %s" % (len(cases), out))


def zip_with_deflated_entry(pickle_bytes, compressed, declared):
    """A torch zip whose data/0 is deflated and inflates to `declared` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", pickle_bytes)
        z.writestr("archive/data/0", b"")
        z.writestr("archive/version", "3\n")
    # Rebuild by hand: zipfile cannot write pre-compressed data, so patch the
    # entry list with a raw deflated record.
    entries = []
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "archive/data/0":
                entries.append((info.filename, 8, compressed, declared, zlib.crc32(bytes(0))))
            else:
                entries.append((info.filename, 0, data, len(data), zlib.crc32(data)))
    out = io.BytesIO()
    central = b""
    for name, method, data, size, crc in entries:
        offset = out.tell()
        name_bytes = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data), size & 0xFFFFFFFF,
                              len(name_bytes), 0) + name_bytes + data)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc, len(data),
                               size & 0xFFFFFFFF, len(name_bytes), 0, 0, 0, 0, 0, offset) + name_bytes
    start = out.tell()
    out.write(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0))
    return out.getvalue()


if __name__ == "__main__":
    main()
