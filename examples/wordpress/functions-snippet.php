<?php
// Alternative to the plugin: the same two lines in the theme's functions.php.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-rEh5os0FXHW9Yiqj0S5/fn4vy+pYzTnoaVeTC95VJuJQfioNYKpKYWOa3UndFV22',
		'crossorigin' => 'anonymous',
	) );
} );
