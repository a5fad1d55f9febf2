/* exports/graphml.h -- the people-events network as GraphML (Gephi,
   Cytoscape, yEd). */
#ifndef NG_GRAPHML_H
#define NG_GRAPHML_H

#include "exports/rdf.h"
#include "graph/dump.h"

#include <stdio.h>

/* Write the network NET of the part of STORE that FILTER (NULL: all)
   selects to OUT: NG_RDF_NET_EVENTS has persons and events as nodes and
   one directed edge person -> event with the roles ("attendee chair");
   NG_RDF_NET_PEOPLE has persons and one undirected edge per pair that
   attended the same events, its weight the number of them. Nodes carry
   label, kind, iri (and date, eventType for events). Streams from the
   store. On failure *errmsg says why (caller frees with ng_free()). */
NgStatus ng_graphml_write(NgStore            *store,
                          const NgDumpFilter *filter,
                          NgRdfNetwork        net,
                          FILE               *out,
                          char              **errmsg);

#endif
