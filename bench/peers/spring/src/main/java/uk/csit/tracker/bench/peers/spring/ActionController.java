package uk.csit.tracker.bench.peers.spring;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/actions")
public class ActionController {
    private final ActionRepository repository;

    public ActionController(ActionRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/{ref}")
    public ResponseEntity<Action> get(@PathVariable String ref) {
        return ResponseEntity.of(repository.findByRef(ref));
    }

    @GetMapping
    public ActionPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<Action> actions = repository.findAll(PageRequest.of(page, size, Sort.by("ref")));
        return new ActionPage(actions.getContent(), page, size, actions.getTotalElements());
    }
}
