// libharu internal-object code, part 2 (see hpdf_ext.h): the structure tree and the trailer /ID.
#include <cstdint>
#include <vector>
#include <stdexcept>

#include "render/pdf/hpdf_ext.h"
#include "render/pdf/deflate_cache.h"

#include <hpdf_encrypt.h>

// Exported by libhpdf 2.3.0 (it compresses every stream with it) but declared in no installed header.
extern "C" HPDF_STATUS HPDF_Stream_WriteToStreamWithDeflate(HPDF_Stream src, HPDF_Stream dst, HPDF_Encrypt e);

namespace tk::pdf::ext {
namespace {

HPDF_Dict new_dict(HPDF_Doc pdf, bool indirect) {
  HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
  if (!d) throw std::runtime_error("libharu: out of memory");
  if (indirect) check(HPDF_Xref_Add(pdf->xref, d), "add an object");
  return d;
}

HPDF_Array new_array(HPDF_Doc pdf) {
  HPDF_Array a = HPDF_Array_New(pdf->mmgr);
  if (!a) throw std::runtime_error("libharu: out of memory");
  return a;
}

const int kIdLen = 16;

}  // namespace

void write_struct_tree(HPDF_Doc pdf, const TagData& tags, const std::vector<HPDF_Page>& pages) {
  const auto& elems = tags.tree->elems;
  HPDF_Dict root = new_dict(pdf, true);
  check(HPDF_Dict_AddName(root, "Type", "StructTreeRoot"), "write the structure tree");
  check(HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root), "write the structure tree");

  std::vector<HPDF_Dict> d(elems.size(), nullptr);
  for (std::size_t i = 0; i < elems.size(); ++i)
    if (tags.used[i]) d[i] = new_dict(pdf, true);
  if (!d[0]) d[0] = new_dict(pdf, true);  // an empty document still has its Document element
  for (std::size_t i = 0; i < elems.size(); ++i) {
    if (!d[i]) continue;
    const StructElem& e = elems[i];
    check(HPDF_Dict_AddName(d[i], "S", e.role.c_str()), "write the structure tree");
    HPDF_Dict parent = e.parent >= 0 && d[std::size_t(e.parent)] ? d[std::size_t(e.parent)] : root;
    check(HPDF_Dict_Add(d[i], "P", parent), "write the structure tree");
    if (!e.alt.empty()) check(HPDF_Dict_Add(d[i], "Alt", text_string(pdf, e.alt)), "write the structure tree");
    if (!e.scope.empty() || !e.list_numbering.empty()) {
      HPDF_Dict a = new_dict(pdf, false);
      bool th = !e.scope.empty();
      check(HPDF_Dict_AddName(a, "O", th ? "Table" : "List"), "write the structure tree");
      check(HPDF_Dict_AddName(a, th ? "Scope" : "ListNumbering", th ? e.scope.c_str() : e.list_numbering.c_str()),
            "write the structure tree");
      check(HPDF_Dict_Add(d[i], "A", a), "write the structure tree");
    }
    // Kids: elements by reference; marked content on the element's /Pg as a bare MCID, else an MCR.
    static const std::vector<StructKid> none;
    const auto& kids = i < tags.kids.size() ? tags.kids[i] : none;
    int pg = -1;
    for (const StructKid& kid : kids)
      if (kid.type != StructKid::Elem) {
        pg = kid.page;
        break;
      }
    if (pg >= 0) check(HPDF_Dict_Add(d[i], "Pg", pages[std::size_t(pg)]), "write the structure tree");
    std::vector<void*> values;
    for (const StructKid& kid : kids) {
      if (kid.type == StructKid::Elem) {
        values.push_back(d[std::size_t(kid.index)]);
      } else if (kid.type == StructKid::Mcr && kid.page == pg) {
        values.push_back(HPDF_Number_New(pdf->mmgr, kid.index));
      } else {
        HPDF_Dict ref = new_dict(pdf, false);
        bool mcr = kid.type == StructKid::Mcr;
        check(HPDF_Dict_AddName(ref, "Type", mcr ? "MCR" : "OBJR"), "write the structure tree");
        if (kid.page != pg) check(HPDF_Dict_Add(ref, "Pg", pages[std::size_t(kid.page)]), "write the structure tree");
        if (mcr) check(HPDF_Dict_AddNumber(ref, "MCID", kid.index), "write the structure tree");
        else check(HPDF_Dict_Add(ref, "Obj", kid.annot), "write the structure tree");
        values.push_back(ref);
      }
    }
    if (values.size() == 1) {
      check(HPDF_Dict_Add(d[i], "K", values[0]), "write the structure tree");
    } else if (!values.empty()) {
      HPDF_Array k = new_array(pdf);
      for (void* v : values) check(HPDF_Array_Add(k, v), "write the structure tree");
      check(HPDF_Dict_Add(d[i], "K", k), "write the structure tree");
    }
  }
  HPDF_Array top = new_array(pdf);
  check(HPDF_Array_Add(top, d[0]), "write the structure tree");
  check(HPDF_Dict_Add(root, "K", top), "write the structure tree");

  // Parent tree: page i has key i (its MCIDs' elements); annotations have the keys after the pages'.
  HPDF_Dict parent_tree = new_dict(pdf, true);
  HPDF_Array nums = new_array(pdf);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    check(HPDF_Array_AddNumber(nums, HPDF_INT(p)), "write the parent tree");
    HPDF_Array per_mcid = new_array(pdf);
    if (p < tags.page_mcids.size())
      for (int e : tags.page_mcids[p]) check(HPDF_Array_Add(per_mcid, d[std::size_t(e)]), "write the parent tree");
    check(HPDF_Array_Add(nums, per_mcid), "write the parent tree");
    check(HPDF_Dict_AddNumber(pages[p], "StructParents", HPDF_INT(p)), "write the parent tree");
    if (HPDF_Dict_GetItem(pages[p], "Annots", HPDF_OCLASS_ARRAY))
      check(HPDF_Dict_AddName(pages[p], "Tabs", "S"), "set /Tabs");
  }
  for (const auto& [key, elem] : tags.annot_parents) {
    check(HPDF_Array_AddNumber(nums, key), "write the parent tree");
    check(HPDF_Array_Add(nums, d[std::size_t(elem)]), "write the parent tree");
  }
  check(HPDF_Dict_Add(parent_tree, "Nums", nums), "write the parent tree");
  check(HPDF_Dict_Add(root, "ParentTree", parent_tree), "write the parent tree");
  check(HPDF_Dict_AddNumber(root, "ParentTreeNextKey", HPDF_INT(pages.size() + tags.annot_parents.size())),
        "write the parent tree");
}

void add_id_placeholder(HPDF_Doc pdf) {
  HPDF_BYTE zeros[kIdLen] = {};
  HPDF_Array id = new_array(pdf);
  check(HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, zeros, kIdLen)), "set /ID");
  check(HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, zeros, kIdLen)), "set /ID");
  check(HPDF_Dict_Add(pdf->trailer, "ID", id), "set /ID");
}

void fix_id(std::string& bytes) {
  const std::string zeros = "<" + std::string(2 * kIdLen, '0') + ">";
  std::size_t trailer = bytes.rfind("/ID");
  if (trailer == std::string::npos) throw std::runtime_error("PDF without a trailer /ID");
  std::size_t first = bytes.find(zeros, trailer);
  std::size_t second = first == std::string::npos ? first : bytes.find(zeros, first + zeros.size());
  if (second == std::string::npos) throw std::runtime_error("PDF trailer without the /ID placeholder");
  // Two 64-bit FNV-1a hashes with different offsets make the 128-bit id.
  std::uint64_t h1 = 14695981039346656037ull, h2 = 0x84222325cbf29ce4ull;
  for (char c : bytes) {
    h1 = (h1 ^ std::uint8_t(c)) * 1099511628211ull;
    h2 = (h2 ^ std::uint8_t(c)) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
  }
  static const char* hex = "0123456789ABCDEF";
  std::string id;
  for (std::uint64_t h : {h1, h2})
    for (int shift = 60; shift >= 0; shift -= 4) id += hex[(h >> shift) & 0xF];
  bytes.replace(first + 1, id.size(), id);
  bytes.replace(second + 1, id.size(), id);
}

std::string deflate(HPDF_Doc pdf, const std::string& bytes) {
  HPDF_Stream src = HPDF_MemStream_New(pdf->mmgr, 65536), dst = HPDF_MemStream_New(pdf->mmgr, 65536);
  if (!src || !dst) throw std::runtime_error("libharu: out of memory");
  std::string out;
  HPDF_STATUS st = HPDF_Stream_Write(src, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), HPDF_UINT(bytes.size()));
  if (st == HPDF_OK) st = HPDF_Stream_WriteToStreamWithDeflate(src, dst, nullptr);
  if (st == HPDF_OK) st = HPDF_Stream_Seek(dst, 0, HPDF_SEEK_SET);
  if (st == HPDF_OK) {
    HPDF_UINT len = HPDF_Stream_Size(dst);
    out.resize(len);
    st = len ? HPDF_Stream_Read(dst, reinterpret_cast<HPDF_BYTE*>(out.data()), &len) : HPDF_OK;
    out.resize(len);
  }
  HPDF_Stream_Free(src);
  HPDF_Stream_Free(dst);
  check(st, "compress");
  return out;
}

namespace {

// What HPDF_Dict_Write adds last to the dictionary of a compressed stream (libharu 2.3.0: the Filter
// array it appends on writing, `[ ` then each name and a space, then `]`).
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) { return HPDF_Stream_WriteStr(out, "/Filter [ /FlateDecode ]\012"); }

bool compressed_at_save(HPDF_Dict d) {
  return d->stream && d->stream->type == HPDF_STREAM_MEMORY && d->filter == HPDF_STREAM_FILTER_FLATE_DECODE &&
         !d->filterParams && !d->before_write_fn && !d->write_fn && !HPDF_Dict_GetItem(d, "Filter", HPDF_OCLASS_ANY);
}

}  // namespace

void compress_streams(HPDF_Doc pdf, DeflateCache& cache) {
  auto compress = [pdf](const std::string& b) { return deflate(pdf, b); };
  for (HPDF_Xref x = pdf->xref; x; x = x->prev)
    for (HPDF_UINT i = 0; i < x->entries->count; ++i) {
      auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(x->entries, i));
      auto* header = entry && entry->obj ? static_cast<HPDF_Obj_Header*>(entry->obj) : nullptr;
      if (!header || (header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT) continue;
      auto* d = static_cast<HPDF_Dict>(entry->obj);
      if (!compressed_at_save(d)) continue;
      std::string bytes(HPDF_Stream_Size(d->stream), '\0');
      HPDF_UINT len = HPDF_UINT(bytes.size());
      check(HPDF_Stream_Seek(d->stream, 0, HPDF_SEEK_SET), "read a stream");
      if (len) check(HPDF_Stream_Read(d->stream, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &len), "read a stream");
      bytes.resize(len);
      std::shared_ptr<const std::string> z = cache.get(bytes, compress);
      HPDF_MemStream_FreeData(d->stream);
      check(HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(z->data()), HPDF_UINT(z->size())), "write a stream");
      d->filter = HPDF_STREAM_FILTER_NONE;
      d->write_fn = write_flate_filter;
    }
}

}  // namespace tk::pdf::ext
