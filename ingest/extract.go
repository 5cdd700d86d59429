package ingest

import "kg/model"

// extract is a placeholder until the extractor lands.
func extract(doc Document) model.Extraction {
	return model.Extraction{Article: model.Article{ID: "", Source: doc.Source, Language: "vi"}}
}
