/* extract/pinyin.h -- name keys for matching: simplified form and pinyin.

   The shell matches names typed as Chinese (traditional or simplified) or
   as pinyin. Keys come from ICU's Traditional-Simplified and Han-Latin
   transforms, cached per character, so keying a label costs a few hash
   look-ups rather than a transliterator run. */
#ifndef NG_PINYIN_H
#define NG_PINYIN_H

#include "graph/status.h"

typedef struct NgPinyin NgPinyin;

/* A cache of the ICU transforms, each opened when first needed (NG_ERR_TEXT
   from the call that needs one that ICU cannot open). Free with
   ng_pinyin_free(). */
NgStatus ng_pinyin_new(NgPinyin **out);
void     ng_pinyin_free(NgPinyin *py); /* NULL is a no-op */

/* The pinyin key of UTF-8 TEXT: lower-case ASCII letters and digits only,
   no tones, no spaces ("马志华" and "Ma Zhihua" both give "mazhihua");
   ü and the v typed for it both become u ("吕" and "lv" give "lu").
   Characters without a Latin form are dropped. Caller frees *out with
   ng_free(). */
NgStatus ng_pinyin_key(NgPinyin *py, const char *text, char **out);

/* TEXT with traditional characters mapped to simplified ones (1:1 per
   character). Caller frees *out with ng_free(). */
NgStatus ng_pinyin_simplify(NgPinyin *py, const char *text, char **out);

/* 1 when TEXT holds at least one Han character. */
int ng_pinyin_has_han(const char *text);

#endif
