#include "layout/document.hpp"
#include <cstdio>
inline void dump(const compforms::layout::Document& doc) {
  using namespace compforms::layout;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    std::printf("== page %zu\n", p);
    for (auto& it : doc.pages[p].items) {
      if (auto* t = std::get_if<TextItem>(&it)) std::printf("T %.1f %.1f %s\n", t->x, t->baseline, t->line->text.c_str());
      else if (auto* r = std::get_if<RectItem>(&it)) std::printf("R %.1f %.1f %.1f %.1f %s%s\n", r->x, r->y, r->w, r->h, r->stroke?"S":"", r->fill?"F":"");
      else if (auto* l = std::get_if<LineItem>(&it)) std::printf("L %.1f %.1f %.1f %.1f %s\n", l->x1, l->y1, l->x2, l->y2, l->dotted?"dot":"");
      else if (auto* d = std::get_if<DestItem>(&it)) std::printf("D %s %.1f\n", d->name.c_str(), d->y);
      else if (auto* k = std::get_if<LinkItem>(&it)) std::printf("K %.1f %.1f %.1f %.1f %s\n", k->x, k->y, k->w, k->h, k->dest.c_str());
      else std::printf("tick\n");
    }
  }
}
