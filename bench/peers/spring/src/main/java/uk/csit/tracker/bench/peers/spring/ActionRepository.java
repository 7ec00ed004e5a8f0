package uk.csit.tracker.bench.peers.spring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionRepository extends JpaRepository<Action, Long> {

    Optional<Action> findByRef(String ref);
}
